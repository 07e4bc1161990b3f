/**
 * The bench's Overzicht rows (4c) and Contacten's filter and fall-through search rows (7), written once:
 * `npm run bench` (run.ts) and `npm run bench:overview` (overview-rows.ts) both print them from here.
 */
import { dirname } from 'node:path';
import type { App } from './app';
import { saveErrors } from './app';
import { measureFilters } from './measure-filters';
import { measureOverview, measureOverviewAfterOpen } from './measure-overview';
import { clock, collect, CONTACTS, CONVERSATIONS, FILTER_ROUNDS, FRAME_MS } from './options';
import { frameRow, infoRow, limitRow } from './rows';
import { median } from './stats';
import { ms } from './table';

/**
 * 4c. Overzicht (issue 13): the model after open, and after one change. After open is the page's first
 * `overview:get` once the journal is open as the app opens it; the same model built from nothing in a
 * bare core (its contacts' activity too, which the app's open has already made) is shown beside it.
 */
export async function overviewRows(opened: App, freshCopy: () => Promise<string>): Promise<void> {
  const afterOpen = await measureOverviewAfterOpen({
    freshCopy: async () => {
      const journalPath = await freshCopy();
      return { journalPath, folder: dirname(journalPath) };
    },
    log: (error) => saveErrors.push(error),
  });
  const overview = await measureOverview(opened);
  limitRow(
    `Overzicht computed after open (${overview.suggestions} suggestions, ${overview.quiet} verwaterd), ` +
      'the first overview:get incl. IPC clone',
    afterOpen,
    50,
  );
  infoRow(
    "  the model built from nothing in a bare core, the contacts' activity included",
    ms(overview.first),
  );
  infoRow(
    "    of which the contacts' activity (the app's open builds it for keeping in touch)",
    ms(overview.activity),
  );
  limitRow('Overzicht after one change (touch, contact or conversation edit), p95', overview.patchedP95, 5);
  infoRow('  the same, median', ms(overview.patched));
}

/**
 * 7. Contacten's filters (issue 13): a filter change as one contacts:list call, incl. IPC clone; and a
 * search word only conversations hold (review L3), per keystroke, on the copy of the journal at `journalPath`.
 */
export async function filterRows(journalPath: string, folder: string): Promise<void> {
  const filters = await measureFilters({
    journalPath,
    folder,
    clock,
    rounds: FILTER_ROUNDS,
    collect,
    log: (error) => saveErrors.push(error),
  });
  frameRow(
    `filter change in Contacten (${CONTACTS} contacts, counts per value, incl. IPC clone), p95`,
    median(filters.p95),
  );
  infoRow(
    '  the first filter change after an edit (keeping in touch patched for whom the edit touched)',
    ms(median(filters.afterEdit)),
    `${(median(filters.afterEdit) / FRAME_MS).toFixed(2)} frame`,
  );
  infoRow('  contacts the filter steps showed (summed, first round)', String(filters.shown));
  const { word, found, p95 } = filters.fallThrough;
  frameRow(
    `contact search by a word only conversations hold ('${word}', ${found} found, ${CONVERSATIONS} ` +
      'conversations), per keystroke incl. IPC clone, p95',
    median(p95),
  );
  const { words, p95: newP95 } = filters.newWords;
  frameRow(
    `contact search, a new word each round ('${words.slice(0, 3).join("', '")}', …) typed from its first ` +
      'letter, per keystroke incl. IPC clone, p95',
    median(newP95),
  );
}
