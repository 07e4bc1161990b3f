import type { ContactFieldsInput } from '../../electron/contract/domain';
import { ContactFields } from '../../electron/contract/domain';
import type { Netwerkdagboek } from '../../electron/core/netwerkdagboek';

/**
 * The moment every screenshot is taken: Monday 23 November 2026, 10:00 in Amsterdam. The demo's dates
 * (last contacts, a conversation next week, a reminder put off to Wednesday evening) are written around
 * it, so core and page must both run on it: on the real clock they drift into the past and the demo
 * stops making sense, or stops loading (a snooze to a moment gone by is refused).
 */
export const DEMO_NOW = '2026-11-23T10:00:00+01:00';
export const DEMO_ZONE = 'Europe/Amsterdam';

/** A small, believable network for screenshots: a job seeker moving from teaching into policy work. */
const people: ContactFieldsInput[] = [
  {
    name: 'Anna de Vries',
    organisation: 'Gemeente Utrecht',
    role: 'Beleidsadviseur onderwijs',
    email: 'anna.devries@example.nl',
    phone: '+31 6 1234 5678',
    linkedin: 'https://www.linkedin.com/in/annadevries',
    circle: 'studie',
    warmth: 'warm',
    strength: 'goed',
    howWeMet: 'Studeerden samen pedagogiek in Utrecht; zaten in dezelfde werkgroep.',
    aboutThem: 'Werkt sinds drie jaar bij de gemeente aan kansengelijkheid. Loopt marathons.',
    canOffer: 'Mijn ervaring voor de klas: ze zoekt praktijkverhalen voor een nieuwe nota.',
    tags: ['overheid', 'onderwijs', 'Utrecht'],
    notes: 'Wil me voorstellen aan haar teamleider als ik mijn vragen scherp heb.',
    lastContactOn: '2026-11-12',
  },
  { name: 'Bram Jansen', organisation: 'Rabobank', role: 'Data-analist', circle: 'vrienden', warmth: 'warm', strength: 'heel-goed', tags: ['data'], lastContactOn: '2026-10-02' },
  { name: 'Ayşe Çelik', organisation: 'UWV', role: 'Arbeidsdeskundige', circle: 'buren', warmth: 'warm', strength: 'een-beetje', tags: ['zorg', 'werk'], lastContactOn: '2026-06-20' },
  { name: 'Jürgen Müller', organisation: 'Philips', role: 'HR business partner', circle: 'werk', warmth: 'lauw', strength: 'een-beetje', tags: ['hr'] },
  { name: 'Ruud van den Berg', organisation: 'Provincie Gelderland', role: 'Programmamanager', circle: 'club', warmth: 'warm', strength: 'goed', tags: ['overheid'], lastContactOn: '2026-09-28' },
  { name: 'Sanne Bakker', organisation: 'Kennisnet', role: 'Adviseur digitale geletterdheid', circle: 'alumni', warmth: 'koud', tags: ['onderwijs', 'ict'] },
  { name: 'Mohammed El Amrani', organisation: 'ROC Midden Nederland', role: 'Teamleider', circle: 'werk', warmth: 'warm', strength: 'goed', lastContactOn: '2026-11-03' },
  { name: 'Eva Visser', organisation: 'KPN', role: 'Recruiter', circle: 'online', warmth: 'koud', tags: ['recruitment'] },
  { name: 'Pieter Hoekstra', organisation: 'Ministerie van OCW', role: 'Senior beleidsmedewerker', circle: 'familie', warmth: 'warm', strength: 'heel-goed', tags: ['overheid'], lastContactOn: '2026-08-15' },
  { name: 'Lotte Smit', organisation: 'Stichting Lezen', role: 'Projectleider', circle: 'vrienden', warmth: 'warm', strength: 'goed', lastContactOn: '2026-11-18' },
];

/**
 * Fills the core's journal with the demo network: Pieter introduced Anna, Anna introduced Sanne; a held and
 * evaluated conversation with Anna, one waiting for its evaluation, one planned, and a few small touches.
 */
export async function fillDemoJournal(core: Netwerkdagboek): Promise<void> {
  const ids = new Map<string, string>();
  for (const person of people) ids.set(person.name, core.contacts.create(ContactFields.parse(person)).id);
  const id = (name: string) => ids.get(name)!;
  core.contacts.update(id('Anna de Vries'), { introducedById: id('Pieter Hoekstra') });
  core.contacts.update(id('Sanne Bakker'), {
    introducedById: id('Anna de Vries'),
    howWeMet: 'Via Anna, op een netwerkborrel.',
  });
  const call = async (channel: string, input: unknown) => {
    const result = await core.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data as { id: string };
  };
  await call('conversations:create', {
    contactId: id('Anna de Vries'),
    status: 'gehouden',
    date: '2026-11-12',
    time: '10:00',
    channel: 'persoonlijk',
    kind: 'orienterend',
    threeB: 'benutten',
    goal: 'Begrijpen hoe beleidswerk bij een gemeente eruitziet en wat een overstap vanuit het onderwijs vraagt.',
    questions: [
      { id: 'q1', text: 'Hoe ziet een gewone werkweek er voor jou uit?', answered: true, answer: 'Veel overleg, weinig schrijven.' },
      { id: 'q2', text: 'Wie zou ik volgens jou nog meer moeten spreken over dit vak?', answered: true, answer: 'Sanne en Ruud.' },
    ],
    preparation: 'Anna werkt drie jaar bij de gemeente, team kansengelijkheid.',
    notes: 'Ze zoeken mensen met praktijkervaring. Traineeship start in maart.',
    evaluation: {
      wentWell: 'Goed voorbereid; ze had echt tijd.',
      couldBeBetter: 'Te lang over mezelf gepraat\nEerder om namen vragen',
      tips: ['Volg de raadsvergaderingen over onderwijs', 'Kijk naar het traineeship van de VNG'],
      referrals: [
        { id: 'r1', name: 'Sanne Bakker', organisation: 'Kennisnet', role: 'Adviseur', why: 'Digitale geletterdheid', contactId: id('Sanne Bakker') },
        { id: 'r2', name: 'Karin Smit', organisation: 'Provincie Utrecht', role: 'Teamleider', why: 'Zoekt starters', contactId: null },
      ],
      gaveOrOffered: 'Praktijkverhalen voor haar nota.',
      nextStep: 'Karin mailen met een korte introductie',
      nextStepOn: '2026-11-26',
    },
    thanks: { thanked: true, how: 'kaartje', on: '2026-11-13' },
  });
  await call('conversations:create', {
    contactId: id('Bram Jansen'),
    status: 'gehouden',
    date: '2026-11-19',
    channel: 'video',
    kind: 'tips-en-namen',
    threeB: 'bevestigen',
    goal: 'Tips voor data-rollen in de publieke sector.',
  });
  await call('conversations:create', {
    contactId: id('Sanne Bakker'),
    date: '2026-12-02',
    time: '14:30',
    channel: 'telefonisch',
    kind: 'orienterend',
    threeB: 'bouwen',
    goal: 'Wat doet een adviseur digitale geletterdheid precies?',
  });
  await call('touches:add', { contactId: id('Anna de Vries'), channel: 'kaartje', on: '2026-11-13', note: 'Bedankkaartje gestuurd' });
  await call('touches:add', { contactId: id('Lotte Smit'), channel: 'bericht', on: '2026-11-18', note: 'Gefeliciteerd met de nieuwe baan' });
  // Reminders beside the ones the app makes itself (the thank-you to Bram, the follow-up with Karin,
  // keeping in touch with Ayşe): a few of the job seeker's own, one put off, one done.
  await call('reminders:create', { title: 'Vacatures van de provincie bekijken', date: '2026-11-23', time: '16:00' });
  await call('reminders:create', {
    title: 'CV bijwerken met het project leesbevordering',
    note: 'Anna vond dat het meer op de voorgrond mocht.',
    date: '2026-11-27',
    time: '10:00',
    contactId: id('Anna de Vries'),
  });
  await call('reminders:create', { title: 'Aanmelden voor de netwerkborrel van Kennisnet', date: '2026-12-14', time: '09:00' });
  const later = await call('reminders:create', { title: 'LinkedIn-profiel laten nalezen door Lotte', date: '2026-11-23', time: '12:00', contactId: id('Lotte Smit') });
  await call('reminders:snooze', { id: later.id, option: 'moment', date: '2026-11-25', time: '19:00' });
  const done = await call('reminders:create', { title: 'Pieter feliciteren met zijn jubileum', date: '2026-11-24', time: '09:00', contactId: id('Pieter Hoekstra') });
  await call('reminders:complete', { id: done.id });
}
