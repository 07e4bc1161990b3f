import { randomUUID } from 'node:crypto';
import { ContactFields, ConversationFields } from '../../electron/contract/domain';
import { expect, test } from '../fixtures';
import { ConversationsPage } from '../pages/conversations-page';

/**
 * One vocabulary (docs/glossary.md): the words a person meets where the method's ideas are asked for.
 * The three B's and warm/lauw/koud are explained where they are asked, a referral is added to the
 * network (not "Maak contact", which reads as getting in touch), and a warm contact is not said to lack
 * whoever referred you.
 */
test('the three B’s are explained on the prepare step, where the form asks for one', async ({
  page,
  harness,
}) => {
  const core = await harness.startCore();
  core.contacts.create(ContactFields.parse({ name: 'Anna de Vries' }));
  await harness.open(page);
  const conversations = new ConversationsPage(page);
  await conversations.planFor('Anna de Vries');
  await conversations.step('prepare');
  const choice = page.getByRole('radiogroup', { name: 'Bouwen, bevestigen of benutten?' });
  await expect(choice).toBeVisible();
  await expect(page.getByText(/^De drie B’s van netwerken\./)).toBeVisible();
  await expect(choice).toHaveAccessibleDescription(/De drie B’s van netwerken\./);
  await expect(page.getByText('Welke B dient dit gesprek?')).toHaveCount(0);
});

test('a referral is added to the network with ‘Toevoegen aan netwerk’', async ({ page, harness }) => {
  const core = await harness.startCore();
  const anna = core.contacts.create(ContactFields.parse({ name: 'Anna de Vries' }));
  core.conversations.create(
    ConversationFields.parse({
      contactId: anna.id,
      status: 'gehouden',
      date: '2026-11-02',
      evaluation: {
        wentWell: '',
        couldBeBetter: '',
        tips: [],
        referrals: [
          { id: randomUUID(), name: 'Karin Smit', organisation: '', role: '', why: '', contactId: null },
        ],
        gaveOrOffered: '',
        nextStep: '',
        nextStepOn: null,
      },
    }),
  );
  await harness.open(page);
  const conversations = new ConversationsPage(page);
  await conversations.open();
  await conversations.row('Anna de Vries').click();
  await conversations.step('evaluation');
  const referral = conversations.referral('Karin Smit');
  await expect(referral.getByRole('button', { name: 'Toevoegen aan netwerk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Maak contact' })).toHaveCount(0);
  await conversations.makeContactFromReferral('Karin Smit');
  await expect(conversations.toast).toContainText('Karin Smit staat nu in je netwerk');
});

test('warm, lauw and koud are explained where the contact form asks, and a warm contact needs no referrer', async ({
  page,
  harness,
  contacts,
}) => {
  const core = await harness.startCore();
  const piet = core.contacts.create(ContactFields.parse({ name: 'Piet Hoekstra', warmth: 'warm' }));
  // Piet referred you to Anna: his card has something to show, and who referred you to Piet is nobody.
  core.contacts.create(ContactFields.parse({ name: 'Anna de Vries', introducedById: piet.id }));
  const bram = core.contacts.create(ContactFields.parse({ name: 'Bram Smit' }));
  core.contacts.create(ContactFields.parse({ name: 'Carla Jansen', introducedById: bram.id }));
  await harness.open(page);
  await contacts.startNew();
  const warmth = contacts.field('Warm, lauw of koud?');
  await expect(warmth).toHaveAccessibleDescription(/Warm: je kent deze persoon zelf\. Lauw: .*Koud: /);
  await expect(page.getByLabel('Hoe goed ken je deze persoon?')).toBeVisible();
  await expect(page.getByLabel('Waar en hoe jullie elkaar ontmoetten')).toBeVisible();
  await page.getByRole('button', { name: /^(Annuleren|Cancel)$/ }).click();
  await contacts.row('Piet Hoekstra').click();
  const card = page.getByRole('region', { name: 'Verwijzingen' });
  await expect(card).toContainText('Je kent Piet Hoekstra zelf');
  await expect(card).not.toContainText('Er staat niet bij wie');

  // Bram, who referred you to Carla, has no warmth set: the card asks how you know him, instead of
  // saying someone referred you to him.
  await contacts.row('Bram Smit').click();
  await expect(card).toContainText(
    'Ken je Bram Smit zelf (warm), via iemand anders (lauw) of nog niet (koud)?',
  );
  await expect(card).not.toContainText('Er staat niet bij wie');
});
