import { describe, expect, it } from 'vitest';
import { ConversationFields, type Conversation } from '$contract/domain';
import {
  contactIdsIn,
  emptyDraft,
  hasQuestion,
  heldBy,
  openingStep,
  stepOf,
  toDraft,
  toggleQuestion,
  toPayload,
  type Draft,
} from './draft';

/** A held conversation with every field filled in, as the journal gives it back. */
function heldConversation(): Conversation {
  return {
    id: 'conv1',
    contactId: 'anna',
    participantIds: ['bram'],
    status: 'gehouden',
    date: '2026-03-03',
    time: '14:30',
    channel: 'video',
    kind: 'tips-en-namen',
    threeB: 'bevestigen',
    goal: 'Weten hoe het team werkt',
    questions: [{ id: 'q1', text: 'Hoe ziet je week eruit?', answered: true, answer: 'Veel overleg' }],
    preparation: 'LinkedIn-profiel gelezen',
    notes: 'Open gesprek',
    evaluation: {
      wentWell: 'Goede vragen',
      couldBeBetter: 'Minder praten',
      tips: ['Bel Carla'],
      referrals: [
        {
          id: 'r1',
          name: 'Carla',
          organisation: 'Gemeente',
          role: 'Teamleider',
          why: 'Zoekt mensen',
          contactId: null,
        },
      ],
      gaveOrOffered: 'Een artikel gestuurd',
      nextStep: 'Carla mailen',
      nextStepOn: '2026-03-10',
    },
    thanks: { thanked: true, how: 'email', on: '2026-03-04' },
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-04T09:00:00.000Z',
  };
}

function fieldsOf(c: Conversation) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = c;
  return fields;
}

describe('draft ↔ payload', () => {
  it('a saved conversation comes back unchanged through the draft', () => {
    const c = heldConversation();
    expect(toPayload(toDraft(c))).toEqual(fieldsOf(c));
  });

  it('the payload of a full draft is what the schema accepts, and unchanged by it', () => {
    const payload = toPayload(toDraft(heldConversation()));
    expect(ConversationFields.parse(payload)).toEqual(payload);
  });

  it('toDraft shows "not set" as empty strings and an absent evaluation as empty fields', () => {
    const c: Conversation = { ...heldConversation(), time: null, threeB: null, evaluation: null };
    c.thanks = { thanked: false, how: null, on: null };
    const d = toDraft(c);
    expect(d.time).toBe('');
    expect(d.threeB).toBe('');
    expect(d.evaluation).toEqual({
      wentWell: '',
      couldBeBetter: '',
      tips: [],
      referrals: [],
      gaveOrOffered: '',
      nextStep: '',
      nextStepOn: '',
    });
    expect(d.thanks).toEqual({ thanked: false, how: '', on: '' });
  });

  it('editing the draft never changes the conversation it came from', () => {
    const c = heldConversation();
    const d = toDraft(c);
    d.participantIds.push('carla');
    d.questions[0]!.answer = 'iets anders';
    d.evaluation.tips.push('nog een');
    d.evaluation.referrals[0]!.name = 'Karel';
    expect(c).toEqual(heldConversation());
  });

  it('empty strings go back as null: no time, no B, no next-step date', () => {
    const d = toDraft(heldConversation());
    d.time = '';
    d.threeB = '';
    d.evaluation.nextStepOn = '';
    const p = toPayload(d);
    expect(p.time).toBeNull();
    expect(p.threeB).toBeNull();
    expect(p.evaluation?.nextStepOn).toBeNull();
  });

  it('an evaluation with nothing written is no evaluation', () => {
    const d = emptyDraft('anna', '2026-03-03');
    d.evaluation.wentWell = '   ';
    d.evaluation.tips = ['  ', ''];
    expect(toPayload(d).evaluation).toBeNull();
  });

  it('one written evaluation field is enough to keep the evaluation, with the rest as typed', () => {
    const d = emptyDraft('anna', '2026-03-03');
    d.evaluation.couldBeBetter = 'Eerder doorvragen';
    expect(toPayload(d).evaluation).toEqual({
      wentWell: '',
      couldBeBetter: 'Eerder doorvragen',
      tips: [],
      referrals: [],
      gaveOrOffered: '',
      nextStep: '',
      nextStepOn: null,
    });
  });

  it('a next-step date alone keeps the evaluation', () => {
    const d = emptyDraft('anna', '2026-03-03');
    d.evaluation.nextStepOn = '2026-04-01';
    expect(toPayload(d).evaluation?.nextStepOn).toBe('2026-04-01');
  });

  it('tips are trimmed and blank ones left out', () => {
    const d = emptyDraft('anna', '2026-03-03');
    d.evaluation.tips = ['  Bel Carla ', '', '   ', 'Lees het jaarverslag'];
    expect(toPayload(d).evaluation?.tips).toEqual(['Bel Carla', 'Lees het jaarverslag']);
  });

  it('a referral with nothing filled in is left out; one with only a linked contact stays', () => {
    const d = emptyDraft('anna', '2026-03-03');
    const blank = { id: 'r1', name: ' ', organisation: '', role: '', why: '', contactId: null };
    const linked = { id: 'r2', name: '', organisation: '', role: '', why: '', contactId: 'carla' };
    const named = { id: 'r3', name: '', organisation: 'Gemeente', role: '', why: '', contactId: null };
    d.evaluation.referrals = [blank, linked, named];
    expect(toPayload(d).evaluation?.referrals?.map((r) => r.id)).toEqual(['r2', 'r3']);
  });

  it('questions with neither text nor answer are left out; an answer alone keeps one', () => {
    const d = emptyDraft('anna', '2026-03-03');
    d.questions = [
      { id: 'q1', text: '  ', answered: false, answer: '' },
      { id: 'q2', text: '', answered: true, answer: 'Wel beantwoord' },
      { id: 'q3', text: 'Wat zoek je?', answered: false, answer: '' },
    ];
    expect(toPayload(d).questions?.map((q) => q.id)).toEqual(['q2', 'q3']);
  });

  it('the person you talk to is not also listed as someone who joins', () => {
    const d = emptyDraft('anna', '2026-03-03');
    d.participantIds = ['bram', 'anna', 'carla'];
    expect(toPayload(d).participantIds).toEqual(['bram', 'carla']);
  });

  it('no contact chosen goes as an empty id, which the schema refuses', () => {
    const p = toPayload(emptyDraft(null, '2026-03-03'));
    expect(p.contactId).toBe('');
    expect(ConversationFields.safeParse(p).success).toBe(false);
  });

  it('not thanked sends no way and no date, whatever was picked before unticking', () => {
    const d = emptyDraft('anna', '2026-03-03');
    d.thanks = { thanked: false, how: 'kaartje', on: '2026-03-04' };
    expect(toPayload(d).thanks).toEqual({ thanked: false, how: null, on: null });
  });

  it('thanked without saying how or when sends nulls for those', () => {
    const d = emptyDraft('anna', '2026-03-03');
    d.thanks = { thanked: true, how: '', on: '' };
    expect(toPayload(d).thanks).toEqual({ thanked: true, how: null, on: null });
  });

  it('a new draft is planned on the date given, for the contact given, and valid as it is', () => {
    const d = emptyDraft('anna', '2026-03-03');
    expect(d).toMatchObject({ contactId: 'anna', status: 'gepland', date: '2026-03-03', time: '' });
    expect(ConversationFields.safeParse(toPayload(d)).success).toBe(true);
  });

  it('goal, preparation and notes go as typed, spaces and all', () => {
    const d = emptyDraft('anna', '2026-03-03');
    d.goal = ' Een doel ';
    d.notes = 'Regel 1\nRegel 2';
    const p = toPayload(d);
    expect(p.goal).toBe(' Een doel ');
    expect(p.notes).toBe('Regel 1\nRegel 2');
  });
});

describe('steps', () => {
  it('evaluation and thank-you fields are on the evaluation step', () => {
    expect(stepOf('evaluation.wentWell')).toBe('evaluation');
    expect(stepOf('evaluation.referrals.1.name')).toBe('evaluation');
    expect(stepOf('thanks.on')).toBe('evaluation');
  });

  it('notes and answers are on the conversation step, the question text is not', () => {
    expect(stepOf('notes')).toBe('conversation');
    expect(stepOf('questions.0.answer')).toBe('conversation');
    expect(stepOf('questions.12.answered')).toBe('conversation');
    expect(stepOf('questions.0.text')).toBe('prepare');
  });

  it('everything else is prepared beforehand', () => {
    for (const path of ['contactId', 'participantIds', 'date', 'time', 'goal', 'questions', 'preparation'])
      expect(stepOf(path)).toBe('prepare');
  });

  it('a planned conversation opens on preparing, even with notes', () => {
    expect(openingStep({ ...heldConversation(), status: 'gepland' })).toBe('prepare');
    // Planned for 9:00 today, opened at 14:05: how it went, not the preparation (trial s11).
    const planned = { ...heldConversation(), status: 'gepland' as const, date: '2026-11-23', notes: '' };
    const now = { date: '2026-11-23', time: '14:05' };
    expect(openingStep({ ...planned, time: '09:00' }, now)).toBe('conversation');
    expect(openingStep({ ...planned, time: '16:00' }, now)).toBe('prepare');
    expect(openingStep({ ...planned, time: null }, now)).toBe('prepare');
  });

  it('a held one opens on the conversation until something is written, then on the evaluation', () => {
    const held = { ...heldConversation(), notes: '  ', evaluation: null };
    expect(openingStep(held)).toBe('conversation');
    expect(openingStep({ ...held, notes: 'Aantekening' })).toBe('evaluation');
    expect(openingStep(heldConversation())).toBe('evaluation');
  });
});

describe('contacts named', () => {
  it('the contacts a conversation refers to: talked to, joined, and referred to once linked', () => {
    const c = heldConversation();
    c.evaluation!.referrals.push({
      id: 'r2',
      name: 'Dirk',
      organisation: '',
      role: '',
      why: '',
      contactId: 'dirk',
    });
    expect(contactIdsIn(c)).toEqual(['anna', 'bram', 'dirk']);
    expect(contactIdsIn({ ...c, participantIds: [], evaluation: null })).toEqual(['anna']);
  });
});

describe('questions picked from the bank', () => {
  const draft = (): Draft => emptyDraft('anna', '2026-03-03');

  it('a picked question is added once, unanswered, and a second pick takes it out again', () => {
    const d = draft();
    toggleQuestion(d, 'Wat zoek je?', 'q1');
    expect(d.questions).toEqual([{ id: 'q1', text: 'Wat zoek je?', answered: false, answer: '' }]);
    expect(hasQuestion(d, 'Wat zoek je?')).toBe(true);
    toggleQuestion(d, 'Wat zoek je?', 'q2');
    expect(d.questions).toEqual([]);
    expect(hasQuestion(d, 'Wat zoek je?')).toBe(false);
  });

  it('spaces around a question do not make it another one', () => {
    const d = draft();
    d.questions.push({ id: 'q1', text: '  Wat zoek je? ', answered: false, answer: '' });
    expect(hasQuestion(d, 'Wat zoek je?')).toBe(true);
    toggleQuestion(d, 'Wat zoek je?', 'q2');
    expect(d.questions).toEqual([]);
  });

  it('taking one question out leaves the others in their order', () => {
    const d = draft();
    for (const [i, text] of ['Een', 'Twee', 'Drie'].entries()) toggleQuestion(d, text, `q${i}`);
    toggleQuestion(d, 'Twee', 'x');
    expect(d.questions.map((q) => q.text)).toEqual(['Een', 'Drie']);
  });
});

describe('marked as held', () => {
  it('is never later than now: a later date becomes today, a later time today becomes now', () => {
    // Planned for Friday 14:00, held this Tuesday morning.
    expect(heldBy({ date: '2026-12-04', time: '14:00' }, '2026-12-01', '10:15')).toEqual({
      date: '2026-12-01',
      time: '10:15',
    });
    // Planned for today 14:00, held early.
    expect(heldBy({ date: '2026-12-01', time: '14:00' }, '2026-12-01', '10:15')).toEqual({
      date: '2026-12-01',
      time: '10:15',
    });
  });

  it('keeps a moment already past, and no time stays no time', () => {
    expect(heldBy({ date: '2026-12-01', time: '09:00' }, '2026-12-01', '10:15')).toEqual({
      date: '2026-12-01',
      time: '09:00',
    });
    expect(heldBy({ date: '2026-11-20', time: '16:00' }, '2026-12-01', '10:15')).toEqual({
      date: '2026-11-20',
      time: '16:00',
    });
    expect(heldBy({ date: '2026-12-04', time: '' }, '2026-12-01', '10:15')).toEqual({
      date: '2026-12-01',
      time: '',
    });
  });
});
