import { ContactFields } from '../../electron/contract/domain';
import { expect, test } from '../fixtures';
import { HistoryPage } from '../pages/history-page';

/**
 * Opening a contact with a long history must stay within a frame of script time. This runs in the
 * `timing` project, after every other suite has finished, so no other worker shares the two cores.
 */
test.describe('script time', () => {
  // Still a measure on a shared machine: one slow try may be a hiccup; a real slowdown misses every try.
  test.describe.configure({ retries: 2 });

  test('opening a contact with 50 conversations costs less than a frame of script time', async ({
    page,
    harness,
    contacts,
  }) => {
    const core = await harness.startCore();
    const busy = core.contacts.create(ContactFields.parse({ name: 'Druk Bezet' }));
    core.contacts.create(ContactFields.parse({ name: 'Aa Eerst' }));
    for (let i = 0; i < 50; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      await core.dispatch('conversations:create', {
        contactId: busy.id,
        date: `2025-${month}-${day}`,
        status: 'gehouden',
        goal: `Gesprek nummer ${i + 1} over de arbeidsmarkt in de zorg`,
        evaluation: { couldBeBetter: 'Korter van stof', tips: ['Bel de teamleider'] },
      });
    }
    await harness.open(page);
    const history = new HistoryPage(page);
    await contacts.row('Aa Eerst').click();
    await expect(contacts.detailHeading).toHaveText('Aa Eerst');
    // Script time as Chromium counts it (DevTools Performance metrics) for everything the page runs
    // between the click and the 50 rows being in the DOM. The click and the wait happen inside the page,
    // so Playwright's own polling is not counted.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptTime = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value;
    const open = async () => {
      await contacts.row('Aa Eerst').click();
      await expect(contacts.detailHeading).toHaveText('Aa Eerst');
      const row = await contacts.row('Druk Bezet').elementHandle();
      const before = await scriptTime();
      await page.evaluate(
        (target) =>
          new Promise<void>((resolve) => {
            // One cheap check per frame, so the measuring adds next to nothing.
            const check = () =>
              document.querySelectorAll('ol[aria-labelledby="timeline-title"] > li').length === 50
                ? resolve()
                : requestAnimationFrame(check);
            (target as HTMLElement).click();
            requestAnimationFrame(check);
          }),
        row,
      );
      return ((await scriptTime()) - before) * 1000;
    };
    // The first openings run before V8 has optimised the code (CI measured 38, 27, 21, 16, 12 ms for
    // the first five): three warm-ups are not counted, as a person opens contacts all day long. Then the
    // median of five, since a busy machine only ever adds to a measure.
    for (let warmUp = 0; warmUp < 3; warmUp++) await open();
    const openings: number[] = [];
    for (let round = 0; round < 5; round++) openings.push(await open());
    const spentMs = [...openings].sort((a, b) => a - b)[2]!;
    console.log(
      `opening a contact with 50 conversations: ${openings.map((ms) => ms.toFixed(1)).join(', ')} ms of script`,
    );
    expect(spentMs).toBeLessThan(16);
    await expect(history.timelineRows).toHaveCount(50);
  });
});
