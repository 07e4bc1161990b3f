import { describe, expect, it } from 'vitest';
import {
  Contact,
  Conversation,
  JOURNAL_SCHEMA_VERSION,
  Journal,
  OwnQuestion,
  parseJournal,
  Touch,
  type Reminder,
} from './domain';
import { compileFastCheck } from './fast-check';

const isParsedContact = compileFastCheck(Contact);

const valid: Contact = {
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  name: 'Zoë Çelik-de Vries',
  organisation: 'Gemeente Utrecht',
  role: 'Beleidsmedewerker',
  email: 'zoe.celik@utrecht.nl',
  phone: '+31 (0)6 12 34 56 78',
  linkedin: 'https://www.linkedin.com/in/zoe',
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
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00+01:00',
};

// Values that are valid for some field, invalid for others, or valid only after trimming.
const values: unknown[] = [
  null,
  '',
  ' ',
  ' x',
  'x ',
  '\u00a0x',
  'x'.repeat(41),
  'x'.repeat(61),
  'x'.repeat(201),
  'x'.repeat(501),
  'x'.repeat(5001),
  0,
  1,
  45.5,
  -1,
  3_650,
  3_651,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  {},
  ['a'],
  [''],
  [' a'],
  ['x'.repeat(41)],
  Array(31).fill('a'),
  'a@b',
  'a@b.nl',
  'https://a.nl',
  'http://a.nl',
  '+31 6 12',
  '(020) 123 4567',
  '2026-02-29',
  '2024-02-29',
  '2026-11-23T10:00:00Z',
  '2026-11-23T10:00Z',
  '2026-11-23T10:00:00+25:00',
  'warm',
  'werk',
  'goed',
  'a/b',
  'x'.repeat(65),
];

describe('the fast check compiled from the Contact schema', () => {
  it('accepts a contact exactly as the schema returns it', () => {
    expect(isParsedContact(valid)).toBe(true);
    expect(Contact.parse(valid)).toEqual(valid);
  });

  it('never accepts what the schema rejects or would change', () => {
    for (const key of [...Object.keys(valid), 'extra']) {
      for (const value of [undefined, ...values]) {
        const candidate: Record<string, unknown> = { ...valid, [key]: value };
        if (value === undefined) delete candidate[key];
        if (!isParsedContact(candidate)) continue;
        const parsed = Contact.safeParse(candidate);
        expect(parsed.success, `${key}: ${JSON.stringify(value)}`).toBe(true);
        expect(parsed.data).toEqual(candidate);
      }
    }
  });

  it('takes the fast path for a whole journal in its parsed form (the very same object comes back)', () => {
    const doc = { ...emptyJournal, contacts: [valid, { ...valid, id: 'b' }] };
    expect(parseJournal(doc).data).toBe(doc);
    const untrimmed = { ...doc, contacts: [{ ...valid, name: ' Zoë ' }] };
    expect(parseJournal(untrimmed).data).not.toBe(untrimmed);
    expect(parseJournal(untrimmed).data?.contacts[0]?.name).toBe('Zoë');
  });

  it('leaves the error to the schema', () => {
    const doc = { ...emptyJournal, contacts: [valid, { ...valid, email: 'nope' }] };
    expect(parseJournal(doc)).toEqual(Journal.safeParse(doc));
  });
});

const emptyJournal = {
  schemaVersion: JOURNAL_SCHEMA_VERSION,
  contacts: [],
  conversations: [],
  touches: [],
  ownQuestions: [],
  reminders: [],
  deleted: [],
  conflicts: [],
  setAside: [],
};

const reminder: Reminder = {
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

const conversation: Conversation = {
  id: 'g1',
  contactId: valid.id,
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
const planned: Conversation = {
  ...conversation,
  id: 'g2',
  participantIds: [],
  status: 'gepland',
  time: null,
  threeB: null,
  questions: [],
  evaluation: null,
  thanks: { thanked: false, how: null, on: null },
};
const touch: Touch = {
  id: 't1',
  contactId: valid.id,
  channel: 'kaartje',
  on: '2026-11-21',
  note: 'Bedankkaartje.',
  createdAt: '2026-11-21T08:00:00.000Z',
};
const ownQuestion: OwnQuestion = {
  id: 'o1',
  purpose: 'afsluiten',
  text: 'Mag ik zeggen dat ik via jou kom?',
  createdAt: '2026-11-01T08:00:00.000Z',
};

// Values that are valid for some conversation field, invalid for others, or valid only after trimming.
const conversationValues: unknown[] = [
  ...values,
  '09:30',
  '24:00',
  '9:30',
  'gepland',
  'gehouden',
  'bezig',
  'video',
  'orienterend',
  'bouwen',
  'kaartje',
  ['b'],
  ['b', 'c'],
  Array(11).fill('b'),
  [{ id: 'q', text: 'Vraag', answered: false, answer: '' }],
  [{ id: 'q', text: ' Vraag', answered: false, answer: '' }],
  [{ id: 'q', text: 'Vraag', answered: false }],
  [{ id: 'q', text: '', answered: false, answer: '' }],
  { thanked: false, how: null, on: null },
  { thanked: true, how: 'duif', on: null },
  { thanked: true, how: null },
  conversation.evaluation,
  { ...conversation.evaluation, tips: [''] },
  { ...conversation.evaluation, tips: Array(51).fill('tip') },
  { ...conversation.evaluation, referrals: [{ id: 'r', name: 'A' }] },
  { ...conversation.evaluation, nextStepOn: '2026-02-30' },
  { ...conversation.evaluation, extra: 1 },
];

describe('the fast check for the records of schema version 2', () => {
  const isParsedConversation = compileFastCheck(Conversation);

  it('accepts held and planned conversations, touches and own questions as the schema returns them', () => {
    for (const [schema, record] of [
      [Conversation, conversation],
      [Conversation, planned],
      [Touch, touch],
      [OwnQuestion, ownQuestion],
    ] as const) {
      expect(compileFastCheck(schema)(record)).toBe(true);
      expect(schema.parse(record)).toEqual(record);
    }
  });

  it('never accepts a conversation the schema rejects or would change', () => {
    let accepted = 0;
    for (const key of [...Object.keys(conversation), 'extra']) {
      for (const value of [undefined, ...conversationValues]) {
        const candidate: Record<string, unknown> = { ...conversation, [key]: value };
        if (value === undefined) delete candidate[key];
        if (!isParsedConversation(candidate)) continue;
        accepted++;
        const parsed = Conversation.safeParse(candidate);
        expect(parsed.success, `${key}: ${JSON.stringify(value)}`).toBe(true);
        expect(parsed.data).toEqual(candidate);
      }
    }
    // Not a test that cannot fail: the fast path does say yes to the valid variations.
    expect(accepted).toBeGreaterThan(20);
  });

  it('takes the fast path for a journal with every kind of record (the same object comes back)', () => {
    const doc: Journal = {
      schemaVersion: JOURNAL_SCHEMA_VERSION,
      contacts: [valid, { ...valid, id: 'b' }],
      conversations: [conversation, planned],
      touches: [touch],
      ownQuestions: [ownQuestion],
      reminders: [reminder, { ...reminder, id: 'r2', state: 'snoozed', snoozedUntil: reminder.due }],
      deleted: [],
      conflicts: [],
      setAside: [],
    };
    expect(Journal.parse(doc)).toEqual(doc);
    expect(parseJournal(doc).data).toBe(doc);
    const untrimmed = { ...doc, conversations: [{ ...planned, goal: ' Netwerken ' }] };
    expect(parseJournal(untrimmed).data).not.toBe(untrimmed);
    expect(parseJournal(untrimmed).data?.conversations[0]?.goal).toBe('Netwerken');
  });
});
