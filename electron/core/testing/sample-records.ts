/**
 * One record of every kind, each exactly as the schema returns it (so a check of "already valid?" must say
 * yes to it): a contact with every field filled in, a held and a planned conversation, a reminder, a touch
 * and a question of the person's own. For tests only.
 */
import type { Contact, Conversation, OwnQuestion, Reminder, Touch } from '../../contract/domain';

export const sampleContact: Contact = {
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  name: 'Zoë Çelik-de Vries',
  organisation: 'Gemeente Utrecht',
  role: 'Beleidsmedewerker',
  email: 'zoe.celik@utrecht.nl',
  phone: '+31 (0)6 12 34 56 78',
  moreEmails: ['zoe@celik.example'],
  morePhones: ['030 123 45 67'],
  linkedin: 'https://www.linkedin.com/in/zoe',
  birthday: '1988-02-29',
  circle: 'werk',
  warmth: 'warm',
  strength: 'goed',
  introducedById: 'x-1',
  howWeMet: 'Netwerkborrel.',
  aboutThem: '',
  canOffer: '',
  tags: ['overheid', 'koffie'],
  notes: 'Bellen in maart.',
  lastContactOn: '2024-02-29',
  cadence: 'aangepast',
  cadenceDays: 45,
  archived: false,
  importedAt: '2026-11-01T09:00:00.000Z',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00+01:00',
};

export const sampleReminder: Reminder = {
  id: 'r1',
  kind: 'bedanken',
  contactId: 'a1',
  conversationId: 'c1',
  due: { date: '2026-11-24', time: '09:00', zone: 'Europe/Amsterdam' },
  title: '',
  note: '',
  state: 'open',
  snoozedUntil: null,
  notifiedAt: '2026-11-24T08:00:00.000Z',
  completedAt: null,
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
};

export const sampleConversation: Conversation = {
  id: 'g1',
  contactId: sampleContact.id,
  participantIds: ['b'],
  status: 'gehouden',
  date: '2026-11-20',
  time: '09:30',
  channel: 'video',
  kind: 'tips-en-namen',
  threeB: 'benutten',
  goal: 'Weten hoe je binnenkomt bij de gemeente.',
  questions: [
    { id: 'q1', text: 'Met wie zou ik nog meer moeten praten?', answered: true, answer: 'Met Joost.' },
    { id: 'q2', text: 'Hoe werven jullie?', answered: false, answer: '' },
  ],
  preparation: 'Website en jaarverslag gelezen.',
  notes: 'Open gesprek.\nVeel tips.',
  evaluation: {
    wentWell: 'Goed voorbereid.',
    couldBeBetter: '- Minder praten\n- Eerder om namen vragen',
    tips: ['Kijk op werkenvoorutrecht.nl'],
    referrals: [
      {
        id: 'r1',
        name: 'Joost de Vries',
        organisation: 'Gemeente',
        role: 'Teamleider',
        why: '',
        contactId: null,
      },
      { id: 'r2', name: 'Emre Çelik', organisation: '', role: '', why: 'Kent het vak.', contactId: 'b' },
    ],
    gaveOrOffered: 'Mijn artikel over wijkteams.',
    nextStep: 'Joost mailen',
    nextStepOn: '2026-11-27',
  },
  thanks: { thanked: true, how: 'kaartje', on: '2026-11-21' },
  createdAt: '2026-11-18T10:00:00.000Z',
  updatedAt: '2026-11-20T12:00:00.000Z',
};
export const samplePlannedConversation: Conversation = {
  ...sampleConversation,
  id: 'g2',
  participantIds: [],
  status: 'gepland',
  time: null,
  threeB: null,
  questions: [],
  evaluation: null,
  thanks: { thanked: false, how: null, on: null },
};
export const sampleTouch: Touch = {
  id: 't1',
  contactId: sampleContact.id,
  channel: 'kaartje',
  on: '2026-11-21',
  threeB: null,
  note: 'Bedankkaartje.',
  createdAt: '2026-11-21T08:00:00.000Z',
};
export const sampleOwnQuestion: OwnQuestion = {
  id: 'o1',
  purpose: 'afsluiten',
  text: 'Mag ik zeggen dat ik via jou kom?',
  createdAt: '2026-11-01T08:00:00.000Z',
};
