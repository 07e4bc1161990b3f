import type { Page } from '@playwright/test';
import { expect, onFixedClock } from '../fixtures';
import type { ContactsPage } from '../pages/contacts-page';

/**
 * Trial s11: a half-filled new contact came back without a sign. The form now says it shows a kept draft,
 * from when, and throws it away on request, with undo. The page runs on the injected clock (14:05).
 */

const test = onFixedClock('2026-11-23T14:05:00+01:00', 'Europe/Amsterdam');
test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL' });

/** Looks at Gesprekken and comes back to Contacten: the form is made anew on its kept draft. */
async function leaveAndComeBack(contacts: ContactsPage): Promise<void> {
  await contacts.nav(/^Gesprekken/);
  await contacts.nav(/^Contacten/);
}

/** Anna saved, then her organisation typed as Eneco in her edit, left for Gesprekken and come back to. */
async function annaEditedAndLeft(page: Page, contacts: ContactsPage): Promise<void> {
  await page.getByRole('button', { name: 'Eerste contact toevoegen' }).click();
  await contacts.fill({ Naam: 'Anna de Wit' });
  await contacts.save();
  await expect(contacts.detailHeading).toHaveText('Anna de Wit');
  await page.getByRole('button', { name: 'Bewerken' }).click();
  await contacts.fill({ Organisatie: 'Eneco' });
  await leaveAndComeBack(contacts);
}

test('a new contact left half-filled says it is a restored draft, and can be thrown away and undone', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  await page.getByRole('button', { name: 'Eerste contact toevoegen' }).click();
  const note = page.getByTestId('restored-draft');
  // A form just opened shows no note.
  await expect(contacts.field('Naam')).toBeVisible();
  await expect(note).toHaveCount(0);
  await contacts.fill({ Naam: 'Sanne Bakker', Organisatie: 'Gemeente Utrecht' });
  await expect(note).toHaveCount(0);

  await leaveAndComeBack(contacts);
  await expect(contacts.field('Naam')).toHaveValue('Sanne Bakker');
  await expect(note).toHaveText(/Concept van 14:05 hersteld/);

  await note.getByRole('button', { name: 'Concept weggooien' }).click();
  await expect(contacts.field('Naam')).toHaveValue('');
  await expect(contacts.field('Organisatie')).toHaveValue('');
  await expect(note).toHaveCount(0);
  await expect(contacts.toast).toContainText('Concept weggegooid.');
  await contacts.toast.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(contacts.field('Naam')).toHaveValue('Sanne Bakker');
  await expect(contacts.field('Organisatie')).toHaveValue('Gemeente Utrecht');
  await expect(note).toHaveText(/Concept van 14:05 hersteld/);

  // Saved: no draft is kept, and the next new contact starts empty, without a note.
  await contacts.save();
  await expect(contacts.detailHeading).toHaveText('Sanne Bakker');
  await contacts.startNew();
  await expect(contacts.field('Naam')).toHaveValue('');
  await expect(note).toHaveCount(0);
});

test('the undo brings a draft thrown away back after the form was closed: the form opens again on it', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  await page.getByRole('button', { name: 'Eerste contact toevoegen' }).click();
  const note = page.getByTestId('restored-draft');
  await contacts.fill({ Naam: 'Sanne Bakker', Organisatie: 'Gemeente Utrecht' });
  await leaveAndComeBack(contacts);
  await note.getByRole('button', { name: 'Concept weggooien' }).click();
  // Nothing left to lose, so Annuleren closes the form at once, and its draft is let go.
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(contacts.field('Naam')).toHaveCount(0);

  await contacts.toast.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(contacts.field('Naam')).toHaveValue('Sanne Bakker');
  await expect(contacts.field('Organisatie')).toHaveValue('Gemeente Utrecht');
  await expect(note).toHaveText(/Concept van 14:05 hersteld/);
});

test("the undo after leaving a contact's edit for another screen opens that edit again, with the typing", async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  await annaEditedAndLeft(page, contacts);
  const note = page.getByTestId('restored-draft');
  await note.getByRole('button', { name: 'Concept weggooien' }).click();
  await expect(contacts.field('Organisatie')).toHaveValue('');
  await contacts.nav(/^Gesprekken/);

  await contacts.toast.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(contacts.field('Naam')).toHaveValue('Anna de Wit');
  await expect(contacts.field('Organisatie')).toHaveValue('Eneco');
  await expect(note).toHaveText(/Concept van 14:05 hersteld/);
});

test('the note goes once the typing is put back as it was saved, and a new keystroke does not bring it back', async ({
  page,
  harness,
  contacts,
}) => {
  await harness.open(page);
  await annaEditedAndLeft(page, contacts);
  const note = page.getByTestId('restored-draft');
  await expect(note).toHaveText(/Concept van 14:05 hersteld/);

  // Typed back to the contact as saved: no draft any more.
  await contacts.fill({ Organisatie: '' });
  await expect(note).toHaveCount(0);
  await contacts.fill({ Organisatie: 'Gemeente Utrecht' });
  await expect(note).toHaveCount(0);
});
