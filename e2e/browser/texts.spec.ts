/**
 * A thank-you with a text (issue 14): from a held conversation, a suggestion filled from the journal,
 * edited, opened in the mail app through mailto with subject and text, and the conversation marked
 * thanked in the same dialog, on disk.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Harness } from '../harness';
import { expect, onFixedClock } from '../fixtures';
import { ConversationsPage } from '../pages/conversations-page';

/** Wednesday 2 December 2026, 10:00 in Amsterdam: the conversation was yesterday. */
const test = onFixedClock('2026-12-02T10:00:00+01:00', 'Europe/Amsterdam');
test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL' });

async function call<T>(harness: Harness, channel: string, payload: unknown): Promise<T> {
  const result = await harness.core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

/** Eva (with or without an address) and yesterday's conversation with her, evaluated, not thanked. */
async function heldYesterday(harness: Harness, email: string): Promise<string> {
  await harness.startCore();
  const eva = await call<{ id: string }>(harness, 'contacts:create', { name: 'Eva van der Meer', email });
  const conversation = await call<{ id: string }>(harness, 'conversations:create', {
    contactId: eva.id,
    status: 'gehouden',
    date: '2026-12-01',
    goal: 'Meer weten over beleidswerk',
    evaluation: {
      tips: ['Kijk naar traineeships'],
      referrals: [{ id: 'ref-1', name: 'Jan Jansen' }],
    },
  });
  return conversation.id;
}

async function openThanks(page: Page) {
  const conversations = new ConversationsPage(page);
  await conversations.open();
  await conversations.row('Eva van der Meer').click();
  await conversations.step('evaluation');
  await page.getByRole('button', { name: 'Bedankje schrijven…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bedankje voor Eva van der Meer' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('write a thank-you from the journal, open it in the mail app, and see the conversation thanked', async ({
  page,
  harness,
}) => {
  const id = await heldYesterday(harness, 'eva@example.nl');
  await harness.open(page);
  const dialog = await openThanks(page);
  const text = dialog.getByLabel('Tekst', { exact: true });
  await expect(dialog.getByLabel('Onderwerp')).toHaveValue('Bedankt voor ons gesprek');
  await expect(text).toHaveValue(/^Beste Eva,\n\nHartelijk dank voor ons gesprek gisteren\. /);
  await expect(text).toHaveValue(/Vooral je tip ‘Kijk naar traineeships’ ga ik zeker gebruiken\./);
  await expect(text).toHaveValue(/Fijn dat ik Jan Jansen mag benaderen/);

  // u instead of je fills it in again, since nothing was changed yet.
  await dialog.getByRole('radio', { name: 'u', exact: true }).check();
  await expect(text).toHaveValue(/^Beste Eva van der Meer,/);
  await expect(text).toHaveValue(/Vooral uw tip/);

  // Once the person has written in it, another choice keeps their text.
  await text.press('End');
  await text.pressSequentially(' Tot snel!');
  await dialog.getByRole('radio', { name: 'Kaartje' }).check();
  await expect(text).toHaveValue(/Tot snel!$/);
  await expect(dialog.getByRole('button', { name: 'Opnieuw invullen' })).toBeVisible();
  await dialog.getByRole('radio', { name: 'E-mail' }).check();

  await dialog.getByRole('button', { name: 'Openen in e-mail' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Je e-mailprogramma opent met dit bericht.');
  expect(harness.opened).toHaveLength(1);
  const mail = new URL(harness.opened[0]!);
  expect(mail.protocol + mail.pathname).toBe('mailto:eva@example.nl');
  expect(harness.opened[0]).toContain(
    'subject=Bedankt%20voor%20ons%20gesprek&body=Beste%20Eva%20van%20der%20Meer',
  );
  expect(decodeURIComponent(harness.opened[0]!)).toContain('Tot snel!');

  await dialog.getByRole('button', { name: 'Markeer als bedankt' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Bedankt per e-mail, op 2 dec 2026.')).toBeVisible();
  const stored = JSON.parse(await readFile(harness.journalPath, 'utf8')) as {
    conversations: { id: string; thanks: unknown }[];
  };
  expect(stored.conversations.find((c) => c.id === id)?.thanks).toEqual({
    thanked: true,
    how: 'email',
    on: '2026-12-02',
  });
});

test('without an address it starts as a card, copies the text, and speaks English when asked', async ({
  page,
  harness,
}) => {
  await heldYesterday(harness, '');
  // How I sign, from Mijn doel: under every text, a message with je with the first name only.
  const empty = await call<{ profile: Record<string, unknown> }>(harness, 'profile:get', undefined);
  await call(harness, 'profile:save', { ...empty.profile, name: 'Sanne de Boer', since: null });
  await harness.open(page);
  const dialog = await openThanks(page);
  await expect(dialog.getByRole('radio', { name: 'Kaartje' })).toBeChecked();
  await expect(dialog.getByLabel('Tekst', { exact: true })).toHaveValue(
    /\n\nHartelijke groet,\nSanne de Boer$/,
  );
  await dialog.getByRole('radio', { name: /^Bericht/ }).check();
  await expect(dialog.getByLabel('Tekst', { exact: true })).toHaveValue(/\nGroet,\nSanne$/);
  await dialog.getByRole('radio', { name: 'Kaartje' }).check();
  await dialog.getByRole('radio', { name: 'Engels' }).check();
  const text = dialog.getByLabel('Tekst', { exact: true });
  await expect(text).toHaveValue(/^Dear Eva,\n\nThank you for our conversation yesterday\. /);
  // A card has room for one detail: the tip, not the referral.
  await expect(text).not.toHaveValue(/Jan Jansen/);
  await expect(text).toHaveValue(/\n\nWarm regards,\nSanne de Boer$/);

  await dialog.getByRole('radio', { name: 'E-mail' }).check();
  await expect(dialog.getByText(/Er is geen e-mailadres van deze persoon bekend/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Openen in e-mail' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Kopiëren' }).click();
  await expect(dialog.getByRole('status')).toHaveText('De tekst staat op het klembord.');
  // The text only, without the subject: pasted into a mail, it would be said twice.
  expect(harness.copied).toEqual([await text.inputValue()]);

  // Closing marks nothing.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Nog niet bedankt.', { exact: true })).toBeVisible();
});

test('make an own text from the suggestion, use it again, and delete it', async ({ page, harness }) => {
  await heldYesterday(harness, 'eva@example.nl');
  await harness.open(page);
  let dialog = await openThanks(page);
  await dialog.getByRole('radio', { name: 'Bericht (LinkedIn, WhatsApp)' }).check();
  await dialog.getByRole('button', { name: 'Eigen tekst maken…' }).click();

  // The suggestion with its placeholders, to make one's own.
  const editor = dialog.getByRole('form', { name: 'Eigen tekst' });
  const body = editor.getByLabel('Tekst', { exact: true });
  await expect(body).toHaveValue(
    /^Hoi \{voornaam\},\nNog bedankt|^Hoi \{voornaam\},\nHartelijk dank voor ons gesprek \{wanneer\}\./,
  );
  await editor.getByLabel('Naam van je tekst').fill('Kort via LinkedIn');
  await body.fill(
    'Hoi {voornaam}, top dat we {wanneer} spraken! Je tip ‘{tip}’ pak ik op. Groet van {mijn-naaam}',
  );
  await expect(editor.getByRole('alert')).toContainText('Dit kent de app niet: {mijn-naaam}');
  await expect(editor.getByRole('button', { name: 'Bewaren' })).toBeDisabled();
  await body.fill(
    'Hoi {voornaam}, top dat we {wanneer} spraken! Je tip ‘{tip}’ pak ik op. Dank voor {aangeboden}.',
  );
  await editor.getByRole('button', { name: 'Bewaren' }).click();

  // Chosen at once and filled in: the sentence about what I offered drops, nothing was offered.
  await expect(dialog.getByRole('status')).toHaveText('‘Kort via LinkedIn’ is bewaard bij je eigen teksten.');
  await expect(dialog.getByLabel('Tekst', { exact: true })).toHaveValue(
    'Hoi Eva, top dat we gisteren spraken! Je tip ‘Kijk naar traineeships’ pak ik op.',
  );
  await page.keyboard.press('Escape');

  // Kept in the journal: there again next time, and gone once deleted.
  dialog = await openThanks(page);
  await dialog.getByLabel('Tekst', { exact: true }).waitFor();
  await dialog.getByRole('combobox', { name: 'Welke tekst' }).selectOption({ label: 'Kort via LinkedIn' });
  await expect(dialog.getByRole('radio', { name: 'Bericht (LinkedIn, WhatsApp)' })).toBeChecked();
  await expect(dialog.getByLabel('Tekst', { exact: true })).toHaveValue(
    /^Hoi Eva, top dat we gisteren spraken!/,
  );
  await dialog.getByRole('button', { name: 'Verwijderen…' }).click();
  await expect(
    dialog.getByText('‘Kort via LinkedIn’ verwijderen? Je voorstel van Netwerkdagboek blijft.'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('‘Kort via LinkedIn’ is verwijderd.');
  // Back to the suggestion, in the form the own text had.
  await expect(dialog.getByLabel('Tekst', { exact: true })).toHaveValue(
    /^Hoi Eva,\nHartelijk dank voor ons gesprek gisteren\./,
  );
  const stored = JSON.parse(await readFile(harness.journalPath, 'utf8')) as { messageTemplates: unknown[] };
  expect(stored.messageTemplates).toEqual([]);
});
