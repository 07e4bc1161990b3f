import type { Conversation, Journal } from '../../electron/contract/domain';
import { expect, onFixedClock } from '../fixtures';
import { DuplicatesPage } from '../pages/duplicates-page';

/** Issue 12, duplicates and merge: "Mogelijke dubbelen (N)", the merge dialog, undo, "Geen dubbele". */
const test = onFixedClock('2026-11-23T10:00:00+01:00');

type Ok<T> = { ok: true; data: T };
const data = async <T>(call: Promise<unknown>) => ((await call) as Ok<T>).data;

test('two records of Anna merged side by side: every conversation and referral on the one kept, on disk; undo puts both back', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  const keep = await data<{ id: string }>(
    core.dispatch('contacts:create', {
      name: 'Anna Bakker',
      email: 'anna@werk.nl',
      organisation: 'Gemeente Utrecht',
      tags: ['overheid'],
    }),
  );
  const other = await data<{ id: string }>(
    core.dispatch('contacts:create', {
      name: 'Anna Bakker',
      email: 'anna@prive.nl',
      organisation: 'Provincie Utrecht',
      role: 'Beleidsadviseur',
      tags: ['fietsen'],
    }),
  );
  const cor = await data<{ id: string }>(
    core.dispatch('contacts:create', { name: 'Cor Visser', introducedById: other.id }),
  );
  const talk = await data<Conversation>(
    core.dispatch('conversations:create', { contactId: other.id, date: '2026-11-10', status: 'gehouden' }),
  );
  const withCor = await data<Conversation>(
    core.dispatch('conversations:create', {
      contactId: cor.id,
      date: '2026-11-12',
      status: 'gehouden',
      evaluation: { referrals: [{ id: 'ref-anna', name: 'Anna Bakker', contactId: other.id }] },
    }),
  );
  await harness.open(page);
  const duplicates = new DuplicatesPage(page);

  await duplicates.button.click();
  await expect(duplicates.pair('Anna Bakker', 'Anna Bakker')).toContainText('Zelfde naam');
  await duplicates.pairs.getByRole('button', { name: 'Samenvoegen…' }).click();
  await expect(duplicates.merge).toBeVisible();
  // The fuller record is kept by default: the second one, with a role and a conversation. One name
  // above both columns: each says its organisation under it.
  await expect(duplicates.merge.getByTestId('merge-apart')).toHaveText([
    'Gemeente Utrecht',
    'Provincie Utrecht',
  ]);
  const keepRadio = (conversations: RegExp) =>
    duplicates.merge.getByRole('radio', { name: new RegExp(`^Anna Bakker ${conversations.source}`) });
  await expect(keepRadio(/Provincie Utrecht 1 gesprek blijft$/)).toBeChecked();
  await expect(duplicates.merge.getByRole('radio', { name: /^E-mail: .* anna@prive\.nl$/ })).toBeChecked();
  // Keeping the first one instead: its values follow, where both have one.
  await keepRadio(/Gemeente Utrecht 0 gesprekken/).check();
  await expect(keepRadio(/Gemeente Utrecht 0 gesprekken blijft$/)).toBeChecked();
  await expect(duplicates.merge.getByRole('radio', { name: /^E-mail: .* anna@werk\.nl$/ })).toBeChecked();
  // Side by side: the organisation differs, so it is a choice.
  await duplicates.choose('Organisatie', 'Provincie Utrecht');
  await expect(duplicates.merge.getByTestId('merge-kept-emails')).toHaveText(
    'Niet als hoofdadres gekozen, wel bewaard bij de andere e-mailadressen: anna@prive.nl',
  );
  await expect(duplicates.merge).toContainText('Tags: overheid, fietsen');
  await expect(duplicates.merge).toContainText('anna@prive.nl');
  await duplicates.merge.getByRole('button', { name: 'Samenvoegen', exact: true }).click();

  await expect(duplicates.merge).toBeHidden();
  const toast = page.getByRole('status').filter({ hasText: 'Samengevoegd tot Anna Bakker.' });
  await expect(toast).toBeVisible();
  await expect(duplicates.button).toBeHidden();
  await expect(page.locator('#contact-name')).toHaveText('Anna Bakker');

  let journal = (await harness.journalOnDisk()) as unknown as Journal;
  const annas = journal.contacts.filter((c) => c.name === 'Anna Bakker');
  expect(annas).toHaveLength(1);
  expect(annas[0]).toMatchObject({
    id: keep.id,
    email: 'anna@werk.nl',
    organisation: 'Provincie Utrecht',
    role: 'Beleidsadviseur',
    tags: ['overheid', 'fietsen'],
    // The address not chosen as the main one stays among her other addresses (journal version 6).
    moreEmails: ['anna@prive.nl'],
    notes: '',
  });
  expect(journal.conversations.find((v) => v.id === talk.id)!.contactId).toBe(keep.id);
  expect(journal.conversations.find((v) => v.id === withCor.id)!.evaluation!.referrals[0]!.contactId).toBe(
    keep.id,
  );
  expect(journal.contacts.find((c) => c.id === cor.id)!.introducedById).toBe(keep.id);
  expect(JSON.stringify(journal.contacts.concat() as unknown[]).includes(other.id)).toBe(false);
  expect(journal.reminders.every((r) => r.contactId !== other.id)).toBe(true);

  await toast.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Samenvoegen ongedaan gemaakt: Anna Bakker staat er weer apart in.' }),
  ).toBeVisible();
  await expect(duplicates.button).toHaveText('Mogelijke dubbelen (1)');
  journal = (await harness.journalOnDisk()) as unknown as Journal;
  expect(journal.contacts.filter((c) => c.name === 'Anna Bakker').map((c) => c.organisation)).toEqual([
    'Gemeente Utrecht',
    'Provincie Utrecht',
  ]);
  expect(journal.conversations.find((v) => v.id === talk.id)!.contactId).toBe(other.id);
  expect(journal.conversations.find((v) => v.id === withCor.id)!.evaluation!.referrals[0]!.contactId).toBe(
    other.id,
  );
  expect(journal.contacts.find((c) => c.id === cor.id)!.introducedById).toBe(other.id);
  expect(journal.deleted.filter((t) => t.id === other.id)).toEqual([]);
});

test('merging shows the other addresses and numbers of both and keeps them; the LinkedIn link not kept goes into the notes', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  const first = await data<{ id: string }>(
    core.dispatch('contacts:create', {
      name: 'Sanne Jansen',
      email: 'sanne@studie.nl',
      moreEmails: ['sanne@oud.nl'],
      linkedin: 'https://www.linkedin.com/in/sannejansen',
    }),
  );
  const fuller = await data<{ id: string }>(
    core.dispatch('contacts:create', {
      name: 'Sanne Jansen',
      organisation: 'Rabobank',
      role: 'Data-analist',
      email: 'sanne@rabo.nl',
      phone: '06 1234 5678',
      morePhones: ['030 123 4567'],
      linkedin: 'https://www.linkedin.com/in/sanne-jansen-2',
    }),
  );
  await harness.open(page);
  const duplicates = new DuplicatesPage(page);
  await duplicates.button.click();
  await duplicates.pairs.getByRole('button', { name: 'Samenvoegen…' }).click();
  // The fuller record (with organisation, role and phones) is the one kept unless the person says otherwise.
  await expect(
    duplicates.merge.getByRole('radio', {
      name: /^Sanne Jansen Rabobank · aangemaakt 23 november 0 gesprekken blijft$/,
    }),
  ).toHaveCount(1);
  // Both records' other addresses and numbers, side by side.
  await expect(duplicates.merge.getByTestId('merge-moreEmails')).toHaveText(
    /Andere e-mailadressen\s*sanne@oud\.nl\s*—/,
  );
  await expect(duplicates.merge.getByTestId('merge-morePhones')).toHaveText(
    /Andere telefoonnummers\s*—\s*030 123 4567/,
  );
  await expect(duplicates.merge.getByTestId('merge-kept-emails')).toHaveText(
    'Niet als hoofdadres gekozen, wel bewaard bij de andere e-mailadressen: sanne@studie.nl, sanne@oud.nl',
  );
  await expect(duplicates.merge.getByTestId('merge-kept-phones')).toHaveText(
    'Niet als hoofdnummer gekozen, wel bewaard bij de andere telefoonnummers: 030 123 4567',
  );
  await expect(duplicates.merge).toContainText(
    'De LinkedIn-link die je niet houdt, komt in de notities, zodat die niet verloren gaat: https://www.linkedin.com/in/sannejansen',
  );
  await duplicates.merge.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
  await expect(duplicates.merge).toBeHidden();

  const journal = (await harness.journalOnDisk()) as unknown as Journal;
  const sannes = journal.contacts.filter((c) => c.name === 'Sanne Jansen');
  expect(sannes).toHaveLength(1);
  expect(sannes[0]).toMatchObject({
    id: fuller.id,
    organisation: 'Rabobank',
    email: 'sanne@rabo.nl',
    moreEmails: ['sanne@studie.nl', 'sanne@oud.nl'],
    phone: '06 1234 5678',
    morePhones: ['030 123 4567'],
    linkedin: 'https://www.linkedin.com/in/sanne-jansen-2',
  });
  expect(sannes[0]!.notes).toContain('https://www.linkedin.com/in/sannejansen');
  expect(journal.contacts.some((c) => c.id === first.id)).toBe(false);
});

test('"Geen dubbele" dismisses a pair for good: still gone after a restart', async ({ page, harness }) => {
  const core = await harness.startCore();
  // A first name alone at the same organisation: alike, not the same name.
  await core.dispatch('contacts:create', { name: 'Joost', organisation: 'Rabobank' });
  await core.dispatch('contacts:create', { name: 'Joost de Vries', organisation: 'Rabobank' });
  await core.dispatch('contacts:create', { name: 'Sanne Jansen', email: 'sanne@example.nl' });
  await core.dispatch('contacts:create', { name: 'S. Jansen', email: 'Sanne@example.nl' });
  await harness.open(page);
  const duplicates = new DuplicatesPage(page);

  await expect(duplicates.button).toHaveText('Mogelijke dubbelen (2)');
  await duplicates.button.click();
  await expect(duplicates.pair('Sanne Jansen', 'S. Jansen')).toContainText(
    'Zelfde e-mailadres: sanne@example.nl',
  );
  await expect(duplicates.pair('Joost', 'Joost de Vries')).toContainText('Vergelijkbare naam');
  await duplicates.pair('Joost', 'Joost de Vries').getByRole('button', { name: 'Geen dubbele' }).click();
  await expect(duplicates.pairs).toHaveCount(1);
  await expect(duplicates.button).toHaveText('Mogelijke dubbelen (1)');
  const journal = (await harness.journalOnDisk()) as unknown as Journal;
  expect(journal.notDuplicates).toHaveLength(1);

  await harness.reopen(page);
  await expect(duplicates.button).toHaveText('Mogelijke dubbelen (1)');
  await duplicates.button.click();
  await expect(duplicates.pairs).toHaveCount(1);
  await expect(duplicates.pair('Sanne Jansen', 'S. Jansen')).toBeVisible();
});

test('the contact form warns while a name is typed that is already in the network, and opens that contact', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  await core.dispatch('contacts:create', { name: 'Anna de Vries', organisation: 'Gemeente Utrecht' });
  await core.dispatch('contacts:create', { name: 'Anna Jansen' });
  await harness.open(page);
  const duplicates = new DuplicatesPage(page);

  await contacts.startNew();
  await contacts.field('Naam').fill('Anna');
  // One first name is in many names: no warning for that alone.
  await expect(duplicates.sameName).toBeEmpty();
  await contacts.field('Naam').fill('anna vries');
  await expect(duplicates.sameName).toContainText('Er staat al iemand met deze naam in je netwerk:');
  await expect(duplicates.sameName).toContainText('Gemeente Utrecht');
  await duplicates.sameName.getByRole('button', { name: 'Anna de Vries bekijken' }).click();
  await expect(contacts.detailHeading).toHaveText('Anna de Vries');
});

for (const [language, created, moves, email] of [
  [
    'nl',
    'aangemaakt',
    /van Anna Bakker \(Rabobank · aangemaakt 26 november\) gaan mee naar Anna Bakker \(aangemaakt 23 november\)\./,
    'E-mail',
  ],
  [
    'en',
    'added',
    /logged for Anna Bakker \(Rabobank · added 26 November\) move to Anna Bakker \(added 23 November\)\./,
    'Email',
  ],
] as const) {
  test(`in ${language}, two records of one name and no organisation to tell them apart: each column says when it was added`, async ({
    page,
    harness,
    clock,
  }, testInfo) => {
    const core = await harness.startCore();
    await core.dispatch('settings:update', { language });
    await core.dispatch('contacts:create', { name: 'Anna Bakker', email: 'anna@werk.nl', strength: 'goed' });
    clock.jump(3 * 24 * 60 * 60 * 1000);
    await core.dispatch('contacts:create', {
      name: 'Anna Bakker',
      email: 'anna@prive.nl',
      organisation: 'Rabobank',
    });
    await harness.open(page);
    const duplicates = new DuplicatesPage(page);
    await duplicates.button.click();
    await duplicates.pairs.getByRole('button', { name: /^(Samenvoegen|Merge)…$/ }).click();
    await expect(duplicates.merge.getByTestId('merge-apart')).toHaveText([
      `${created} 23 ${language === 'nl' ? 'november' : 'November'}`,
      `Rabobank · ${created} 26 ${language === 'nl' ? 'november' : 'November'}`,
    ]);
    await expect(duplicates.merge).toContainText(moves);
    await expect(duplicates.merge.getByRole('rowheader', { name: email, exact: true })).toBeVisible();
    if (language === 'en') await expect(duplicates.merge).not.toContainText(/e-mail/i);
    await page.screenshot({ path: testInfo.outputPath(`merge-same-name-${language}.png`), fullPage: true });
  });
}
