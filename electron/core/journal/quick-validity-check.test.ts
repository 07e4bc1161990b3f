import { describe, expect, it } from 'vitest';
import {
  Contact,
  Conversation,
  JOURNAL_SCHEMA_VERSION,
  Journal,
  OwnQuestion,
  Touch,
} from '../../contract/domain';
import {
  sampleContact as valid,
  sampleConversation as conversation,
  sampleOwnQuestion as ownQuestion,
  samplePlannedConversation as planned,
  sampleReminder as reminder,
  sampleTouch as touch,
} from '../testing/sample-records';
import { emptyJournal } from './journal-store';
import { compileQuickValidityCheck, parseJournal } from './quick-validity-check';
import {
  helpAskRecord,
  helpRequestRecord,
  messageTemplateRecord,
  plannedActionRecord,
  profileRecord,
} from '../testing/plan-records';

const isParsedContact = compileQuickValidityCheck(Contact);

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

describe('the quick validity check compiled from the Contact schema', () => {
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

  it('takes the quick path for a whole journal in its parsed form (the very same object comes back)', () => {
    const doc = { ...emptyJournal(), contacts: [valid, { ...valid, id: 'b' }] };
    expect(parseJournal(doc).data).toBe(doc);
    const untrimmed = { ...doc, contacts: [{ ...valid, name: ' Zoë ' }] };
    expect(parseJournal(untrimmed).data).not.toBe(untrimmed);
    expect(parseJournal(untrimmed).data?.contacts[0]?.name).toBe('Zoë');
  });

  it('leaves the error to the schema', () => {
    const doc = { ...emptyJournal(), contacts: [valid, { ...valid, email: 'nope' }] };
    expect(parseJournal(doc)).toEqual(Journal.safeParse(doc));
  });
});

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

describe('the quick validity check for the other records', () => {
  const isParsedConversation = compileQuickValidityCheck(Conversation);

  it('accepts held and planned conversations, touches and own questions as the schema returns them', () => {
    for (const [schema, record] of [
      [Conversation, conversation],
      [Conversation, planned],
      [Touch, touch],
      [OwnQuestion, ownQuestion],
    ] as const) {
      expect(compileQuickValidityCheck(schema)(record)).toBe(true);
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
    // Not a test that cannot fail: the quick check does say yes to the valid variations.
    expect(accepted).toBeGreaterThan(20);
  });

  it('takes the quick path for a journal with every kind of record (the same object comes back)', () => {
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
      notDuplicates: [],
      dismissals: [{ key: 'weak-tie:b', until: '2026-12-08', at: '2026-12-01T10:00:00.000Z' }],
      organisations: [
        {
          id: 'o1',
          name: 'Gemeente Utrecht',
          target: true,
          createdAt: '2026-12-01T10:00:00.000Z',
          updatedAt: '2026-12-01T10:00:00.000Z',
        },
      ],
      profile: [
        profileRecord({ reached: { what: 'Adviseur', where: 'Eneco', from: null, on: '2026-12-01' } }),
      ],
      helpRequests: [helpRequestRecord()],
      helpAsks: [helpAskRecord({ contactId: 'b', answer: 'Bel Piet', answeredOn: '2026-12-02' })],
      plannedActions: [
        plannedActionRecord({
          contactId: 'b',
          helpRequestId: 'h1',
          doneOn: '2026-12-02',
          reflection: { brought: 'Twee namen', actedInReturn: 'ja', nextStep: 'Piet bellen' },
        }),
      ],
      messageTemplates: [messageTemplateRecord()],
    };
    expect(Journal.parse(doc)).toEqual(doc);
    expect(parseJournal(doc).data).toBe(doc);
    const untrimmed = { ...doc, conversations: [{ ...planned, goal: ' Netwerken ' }] };
    expect(parseJournal(untrimmed).data).not.toBe(untrimmed);
    expect(parseJournal(untrimmed).data?.conversations[0]?.goal).toBe('Netwerken');
  });
});
