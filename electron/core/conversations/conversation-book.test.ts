import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactListQuery, ConversationListQuery } from '../../contract/contract';
import {
  ContactFields,
  ConversationFields,
  Evaluation,
  type ContactFieldsInput,
  type ConversationFieldsInput,
} from '../../contract/domain';
import { ContactBook } from '../contacts/contact-book';
import { DomainError } from '../errors';
import { JournalStore } from '../journal/journal-store';
import { ConversationBook } from './conversation-book';
import { QuestionBank } from './questions';
import { TouchLog } from './touches';

/** A clock the test moves by hand. */
function fakeClock(start: string) {
  let now = new Date(start);
  return {
    now: () => now,
    advance(minutes: number) {
      now = new Date(now.getTime() + minutes * 60_000);
    },
  };
}

let dir: string;
let path: string;
let clock: ReturnType<typeof fakeClock>;
let store: JournalStore;
let contacts: ContactBook;
let book: ConversationBook;
let touches: TouchLog;
let questions: QuestionBank;
let ids: number;
const newId = () => `id-${++ids}`;

function books() {
  contacts = new ContactBook(store, clock, newId);
  book = new ConversationBook(store, contacts, clock, newId);
  touches = new TouchLog(store, contacts, clock, newId);
  questions = new QuestionBank(store, clock, newId);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ndb-conversations-'));
  path = join(dir, 'journal.json');
  clock = fakeClock('2026-11-23T10:00:00.000Z');
  ids = 0;
  store = await JournalStore.open({ path, clock });
  books();
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** Creates through the payload schemas, as dispatch does, so defaults are filled in. */
function person(name: string, fields: Omit<ContactFieldsInput, 'name'> = {}) {
  return contacts.create(ContactFields.parse({ name, ...fields }));
}
function plan(fields: ConversationFieldsInput) {
  return book.create(ConversationFields.parse(fields));
}
function held(contactId: string, date: string, fields: Partial<ConversationFieldsInput> = {}) {
  return plan({ contactId, date, status: 'gehouden', ...fields });
}
function evaluation(fields: Parameters<typeof Evaluation.parse>[0] = {}) {
  return Evaluation.parse(fields);
}
function list(query: Parameters<typeof ConversationListQuery.parse>[0] = {}) {
  return book.list(ConversationListQuery.parse(query));
}
function goals(query: Parameters<typeof ConversationListQuery.parse>[0] = {}) {
  return list(query).conversations.map((c) => c.goal);
}

function expectDomainError(action: () => unknown, code: string) {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
    return error as DomainError;
  }
  throw new Error(`expected DomainError ${code}, but nothing was thrown`);
}

describe('planning and recording a conversation', () => {
  it('fills in defaults, takes its id from newId and stamps both times from the clock', () => {
    const anna = person('Anna Bakker');
    clock.advance(1);
    const planned = plan({ contactId: anna.id, date: '2026-12-01', goal: 'Hoe werkt de gemeente?' });
    expect(planned).toEqual({
      id: 'id-2',
      contactId: anna.id,
      participantIds: [],
      status: 'gepland',
      date: '2026-12-01',
      time: null,
      channel: 'persoonlijk',
      kind: 'orienterend',
      threeB: null,
      goal: 'Hoe werkt de gemeente?',
      questions: [],
      preparation: '',
      notes: '',
      evaluation: null,
      thanks: { thanked: false, how: null, on: null },
      createdAt: '2026-11-23T10:01:00.000Z',
      updatedAt: '2026-11-23T10:01:00.000Z',
    });
    expect(book.get(planned.id)).toEqual(planned);
  });

  it('goes from planned to held, evaluated and thanked, changing only what is given', () => {
    const anna = person('Anna');
    const planned = plan({
      contactId: anna.id,
      date: '2026-11-24',
      time: '09:30',
      questions: [{ id: 'q1', text: 'Met wie moet ik nog praten?' }],
    });
    clock.advance(60 * 24);
    const done = book.update(planned.id, {
      status: 'gehouden',
      notes: 'Veel geleerd.',
      questions: [{ id: 'q1', text: 'Met wie moet ik nog praten?', answered: true, answer: 'Met Joost.' }],
      evaluation: evaluation({ wentWell: 'Goed voorbereid', tips: ['Lees het jaarverslag'] }),
      goal: undefined,
    });
    expect(done).toMatchObject({ status: 'gehouden', time: '09:30', notes: 'Veel geleerd.' });
    expect(done.createdAt).toBe(planned.createdAt);
    expect(done.updatedAt).toBe('2026-11-24T10:00:00.000Z');
    const thanked = book.update(planned.id, { thanks: { thanked: true, how: 'kaartje', on: '2026-11-24' } });
    expect(book.get(planned.id)).toEqual(thanked);
    expect(thanked.evaluation?.tips).toEqual(['Lees het jaarverslag']);
  });

  it('refuses a conversation held on a day still to come, on its date, and keeps what was there', () => {
    const anna = person('Anna');
    // The clock says 23 November; planned for the 30th, it cannot have taken place yet.
    const planned = plan({ contactId: anna.id, date: '2026-11-30' });
    const error = expectDomainError(() => book.update(planned.id, { status: 'gehouden' }), 'invalid_input');
    expect(error.fields).toEqual({ date: 'held_in_future' });
    expect(book.get(planned.id)).toEqual(planned);
    expect(
      expectDomainError(
        () => plan({ contactId: anna.id, date: '2026-11-24', status: 'gehouden' }),
        'invalid_input',
      ).fields,
    ).toEqual({ date: 'held_in_future' });
    // Held today, or moved to today while marking it held: fine.
    expect(book.update(planned.id, { status: 'gehouden', date: '2026-11-23' })).toMatchObject({
      status: 'gehouden',
    });
  });

  it('refuses a contact that is not there, and stores nothing', () => {
    const error = expectDomainError(() => plan({ contactId: 'ghost', date: '2026-12-01' }), 'invalid_input');
    expect(error.fields).toEqual({ contactId: 'invalid_choice' });
    expect(store.data.conversations).toEqual([]);
  });

  it('takes other participants who exist, never the main contact or the same person twice', () => {
    const anna = person('Anna');
    const bram = person('Bram');
    const carla = person('Carla');
    expect(
      plan({ contactId: anna.id, date: '2026-12-01', participantIds: [bram.id, carla.id] }).participantIds,
    ).toEqual([bram.id, carla.id]);
    const error = expectDomainError(
      () =>
        plan({
          contactId: anna.id,
          date: '2026-12-01',
          participantIds: [bram.id, 'ghost', anna.id, bram.id],
        }),
      'invalid_input',
    );
    expect(error.fields).toEqual({
      'participantIds.1': 'invalid_choice',
      'participantIds.2': 'invalid',
      'participantIds.3': 'invalid',
    });
    expect(store.data.conversations).toHaveLength(1);
  });

  it('refuses to make a participant the main contact in an edit', () => {
    const anna = person('Anna');
    const bram = person('Bram');
    const c = plan({ contactId: anna.id, date: '2026-12-01', participantIds: [bram.id] });
    const error = expectDomainError(() => book.update(c.id, { contactId: bram.id }), 'invalid_input');
    expect(error.fields).toEqual({ 'participantIds.0': 'invalid' });
    expect(book.get(c.id).contactId).toBe(anna.id);
  });

  it('refuses referrals linked to nobody, and ids used twice within one conversation', () => {
    const anna = person('Anna');
    const error = expectDomainError(
      () =>
        held(anna.id, '2026-11-20', {
          questions: [
            { id: 'q', text: 'Een' },
            { id: 'q', text: 'Twee' },
          ],
          evaluation: evaluation({
            referrals: [
              { id: 'r', name: 'Joost', contactId: 'ghost' },
              { id: 'r', name: 'Emre' },
            ],
          }),
        }),
      'invalid_input',
    );
    expect(error.fields).toEqual({
      'questions.1.id': 'invalid',
      'evaluation.referrals.0.contactId': 'invalid_choice',
      'evaluation.referrals.1.id': 'invalid',
    });
  });

  it('reports not_found for unknown ids', () => {
    expectDomainError(() => book.get('nope'), 'not_found');
    expectDomainError(() => book.update('nope', { notes: 'x' }), 'not_found');
    expectDomainError(() => book.delete('nope'), 'not_found');
  });

  it('deletes a conversation; a contact made from its referral stays, with its introducer', () => {
    const anna = person('Anna');
    const c = held(anna.id, '2026-11-20', {
      evaluation: evaluation({ referrals: [{ id: 'r', name: 'Joost' }] }),
    });
    const { contact: joost } = book.referralToContact({
      conversationId: c.id,
      referralId: 'r',
      contactId: null,
    });
    book.delete(c.id);
    expectDomainError(() => book.get(c.id), 'not_found');
    expect(list().conversations).toEqual([]);
    expect(contacts.get(joost.id).introducedById).toBe(anna.id);
  });

  it('has the same conversations, touches and own questions after closing and reopening', async () => {
    const anna = person('Anna');
    held(anna.id, '2026-11-20', {
      notes: 'Over de wijkteams',
      evaluation: evaluation({ tips: ['Bel Joost'] }),
    });
    plan({ contactId: anna.id, date: '2026-12-02', goal: 'Vervolg' });
    touches.add({ contactId: anna.id, channel: 'kaartje', on: '2026-11-21', note: 'Bedankt' });
    questions.add({ purpose: 'afsluiten', text: 'Mag ik je naam noemen?' });
    const before = store.data;
    await store.close();

    store = await JournalStore.open({ path, clock });
    books();
    expect(store.data).toEqual(before);
    expect(goals({ query: 'wijkteams' })).toEqual(['']);
    expect(contacts.get(anna.id).lastContactOn).toBe('2026-11-21');
  });
});

describe('the conversation list', () => {
  it('shows planned ones soonest first (no time counts as the start of the day), then held ones newest first', () => {
    const anna = person('Anna');
    plan({ contactId: anna.id, date: '2026-12-05', goal: 'gepland 5 dec' });
    plan({ contactId: anna.id, date: '2026-12-01', time: '14:00', goal: 'gepland 1 dec 14u' });
    plan({ contactId: anna.id, date: '2026-12-01', goal: 'gepland 1 dec' });
    plan({ contactId: anna.id, date: '2026-11-01', goal: 'gepland maar verlopen' });
    held(anna.id, '2026-10-01', { goal: 'gehouden okt' });
    held(anna.id, '2026-11-20', { time: '09:00', goal: 'gehouden 20 nov 9u' });
    held(anna.id, '2026-11-20', { time: '16:00', goal: 'gehouden 20 nov 16u' });
    expect(goals()).toEqual([
      'gepland maar verlopen',
      'gepland 1 dec',
      'gepland 1 dec 14u',
      'gepland 5 dec',
      'gehouden 20 nov 16u',
      'gehouden 20 nov 9u',
      'gehouden okt',
    ]);
  });

  it('gives each row the contact name and what it still needs, and totals over everything', () => {
    const anna = person('Anna Bakker');
    held(anna.id, '2026-11-20', { goal: 'niets gedaan' });
    held(anna.id, '2026-11-19', {
      goal: 'geëvalueerd',
      evaluation: evaluation(),
      thanks: { thanked: true, how: 'email', on: '2026-11-20' },
    });
    plan({ contactId: anna.id, date: '2026-12-01', goal: 'gepland' });
    const result = list({ query: 'niets' });
    expect(result.conversations).toEqual([
      {
        id: expect.any(String),
        contactId: anna.id,
        contactName: 'Anna Bakker',
        status: 'gehouden',
        date: '2026-11-20',
        time: null,
        channel: 'persoonlijk',
        kind: 'orienterend',
        threeB: null,
        goal: 'niets gedaan',
        needsEvaluation: true,
        needsThanks: true,
      },
    ]);
    expect(result.totals).toEqual({ planned: 1, held: 2, needsEvaluation: 1, needsThanks: 1 });
  });

  it('filters by contact (as main contact or participant), status, kind, B, and what is missing', () => {
    const anna = person('Anna');
    const bram = person('Bram');
    held(anna.id, '2026-11-01', {
      goal: 'a1',
      kind: 'tips-en-namen',
      threeB: 'benutten',
      evaluation: evaluation(),
    });
    held(bram.id, '2026-11-02', {
      goal: 'b1',
      participantIds: [anna.id],
      kind: 'bijpraten',
      threeB: 'bevestigen',
    });
    held(bram.id, '2026-11-03', {
      goal: 'b2',
      threeB: 'bouwen',
      evaluation: evaluation(),
      thanks: { thanked: true, how: 'bericht', on: null },
    });
    plan({ contactId: bram.id, date: '2026-12-01', goal: 'b3', kind: 'tips-en-namen' });
    expect(goals({ contactId: anna.id })).toEqual(['b1', 'a1']);
    expect(goals({ contactId: bram.id })).toEqual(['b3', 'b2', 'b1']);
    expect(goals({ status: 'gepland' })).toEqual(['b3']);
    expect(goals({ status: 'gehouden' })).toEqual(['b2', 'b1', 'a1']);
    expect(goals({ kind: 'tips-en-namen' })).toEqual(['b3', 'a1']);
    expect(goals({ threeB: 'bevestigen' })).toEqual(['b1']);
    expect(goals({ needs: 'evaluation' })).toEqual(['b1']);
    expect(goals({ needs: 'thanks' })).toEqual(['b1', 'a1']);
    expect(goals({ contactId: bram.id, needs: 'thanks' })).toEqual(['b1']);
    expect(list({ contactId: bram.id, status: 'gepland' }).totals).toEqual({
      planned: 1,
      held: 3,
      needsEvaluation: 1,
      needsThanks: 2,
    });
  });

  it('shows a contact’s new name once the contact is renamed', () => {
    const anna = person('Anna');
    held(anna.id, '2026-11-01');
    expect(list().conversations[0]?.contactName).toBe('Anna');
    contacts.update(anna.id, { name: 'Anna de Vries' });
    expect(list().conversations[0]?.contactName).toBe('Anna de Vries');
    expect(list({ query: 'vries' }).conversations).toHaveLength(1);
  });
});

describe('the conversation list in windows', () => {
  /** Three planned (1, 2, 3 December) and four held (20, 19, 18, 17 November) with Anna; one held with Bram. */
  function some() {
    const anna = person('Anna');
    const bram = person('Bram');
    for (const day of ['01', '02', '03'])
      plan({ contactId: anna.id, date: `2026-12-${day}`, goal: `p${day}` });
    for (const day of ['20', '19', '18', '17']) held(anna.id, `2026-11-${day}`, { goal: `h${day}` });
    held(bram.id, '2026-11-10', { goal: 'bram' });
    return { anna, bram };
  }

  it('answers one window with the total, and how many of all that match are planned', () => {
    some();
    const window = list({ offset: 2, limit: 3 });
    expect(window.conversations.map((c) => c.goal)).toEqual(['p03', 'h20', 'h19']);
    expect(window).toMatchObject({ total: 8, offset: 2, planned: 3 });
    expect(window.totals).toMatchObject({ planned: 3, held: 5 });
  });

  it('counts planned ones among the matches of a search or a filter only', () => {
    some();
    expect(list({ query: 'p0', limit: 1 })).toMatchObject({ total: 3, planned: 3 });
    expect(list({ query: 'h1' })).toMatchObject({ total: 3, planned: 0 });
    expect(list({ status: 'gehouden', offset: 4 })).toMatchObject({ total: 5, planned: 0 });
    expect(goals({ status: 'gehouden', offset: 4 })).toEqual(['bram']);
    expect(list({ query: 'anna', kind: 'orienterend', limit: 2 })).toMatchObject({ total: 7, planned: 3 });
  });

  it('windows a contact’s own conversations too', () => {
    const { anna, bram } = some();
    expect(list({ contactId: anna.id, offset: 2, limit: 2 })).toMatchObject({ total: 7, planned: 3 });
    expect(goals({ contactId: anna.id, offset: 2, limit: 2 })).toEqual(['p03', 'h20']);
    expect(goals({ contactId: bram.id, offset: 1 })).toEqual([]);
  });

  it('answers the same query again after an edit with what the edit changed', () => {
    const { anna } = some();
    expect(list({ query: 'h1' }).total).toBe(3);
    const h20 = list({ query: 'h20' }).conversations[0]!;
    book.update(h20.id, { goal: 'h15' });
    expect(goals({ query: 'h1' })).toEqual(['h15', 'h19', 'h18', 'h17']);
    plan({ contactId: anna.id, date: '2026-12-04', goal: 'h1 gepland' });
    expect(list({ query: 'h1', limit: 1 })).toMatchObject({ total: 5, planned: 1 });
  });

  it('refuses a window larger than the cap', () => {
    expect(ConversationListQuery.safeParse({ limit: 501 }).success).toBe(false);
    expect(ConversationListQuery.safeParse({ offset: -3 }).success).toBe(false);
    expect(ConversationListQuery.parse({})).toMatchObject({ offset: 0, limit: 100 });
  });
});

describe('searching conversations', () => {
  beforeEach(() => {
    const emre = person('Emre Çelik');
    const sanne = person('Sanne Müller');
    plan({ contactId: emre.id, date: '2026-12-01', goal: 'Leren hoe de gemeente werft' });
    held(sanne.id, '2026-11-01', {
      goal: 'Oriënteren op de zorg',
      notes: 'Sprak over het café bij het ziekenhuis.\nZe zoekt een coördinator.',
      preparation: 'Jaarverslag van Zorggroep Noorderbreedte gelezen',
      questions: [{ id: 'q', text: 'Hoe ziet een werkweek eruit?', answered: true, answer: 'Veel overleg' }],
      evaluation: evaluation({
        couldBeBetter: 'Eerder om namen vragen',
        tips: ['Kijk op werkenbijdezorg.nl'],
        referrals: [{ id: 'r', name: 'Joost de Vries', organisation: 'Rabobank', why: 'Kent de sector' }],
        gaveOrOffered: 'Mijn netwerk in Utrecht',
        nextStep: 'Joost mailen',
      }),
    });
  });

  const cases: [string, string[]][] = [
    ['', ['Leren hoe de gemeente werft', 'Oriënteren op de zorg']],
    ['gemeente', ['Leren hoe de gemeente werft']],
    ['orienteren', ['Oriënteren op de zorg']],
    ['cafe', ['Oriënteren op de zorg']],
    ['COÖRDINATOR', ['Oriënteren op de zorg']],
    ['noorderbreedte', ['Oriënteren op de zorg']],
    ['werkweek', ['Oriënteren op de zorg']],
    ['overleg', ['Oriënteren op de zorg']],
    ['namen vragen', ['Oriënteren op de zorg']],
    ['werkenbijdezorg.nl', ['Oriënteren op de zorg']],
    ['rabo', ['Oriënteren op de zorg']],
    ['bank', ['Oriënteren op de zorg']],
    ['sector', ['Oriënteren op de zorg']],
    ['utrecht', ['Oriënteren op de zorg']],
    ['mailen', ['Oriënteren op de zorg']],
    ['celik', ['Leren hoe de gemeente werft']],
    ['muller zorg', ['Oriënteren op de zorg']],
    ['muller gemeente', []],
    ['ee', ['Leren hoe de gemeente werft', 'Oriënteren op de zorg']],
    ['z', ['Oriënteren op de zorg']],
    ['q', []],
    ['ziekenhuis.ze', []],
  ];
  for (const [query, expected] of cases) {
    it(`"${query}" finds ${expected.length ? expected.join(', ') : 'nothing'}`, () => {
      expect(goals({ query })).toEqual(expected);
    });
  }

  it('gives the same answer letter by letter, after backspace and after an edit', () => {
    const typed = [
      'c',
      'co',
      'coo',
      'coor',
      'coord',
      'coor',
      'coordinator',
      'coordinator z',
      'coordinator zo',
    ];
    const fresh = (query: string) => {
      const other = new ConversationBook(store, new ContactBook(store, clock), clock);
      return other.list(ConversationListQuery.parse({ query })).conversations.map((c) => c.goal);
    };
    for (const query of typed) expect(goals({ query }), query).toEqual(fresh(query));
    const sanne = list({ query: 'coordinator' }).conversations[0]!;
    book.update(sanne.id, { notes: 'Ze zoekt een projectleider.' });
    expect(goals({ query: 'coordinator' })).toEqual([]);
    expect(goals({ query: 'projectleider' })).toEqual(['Oriënteren op de zorg']);
    expect(goals({ query: 'project' })).toEqual(fresh('project'));
  });

  it('finds the same after preparing the search in the background, also what was written since', async () => {
    const before = goals({ query: 'zorg' });
    const prepared = new ConversationBook(store, contacts, clock, newId);
    await prepared.prepareSearch(0);
    const emre = contacts.list(ContactListQuery.parse({ query: 'emre' })).contacts[0]!;
    held(emre.id, '2026-11-02', { goal: 'Na de voorbereiding', notes: 'Over de zorg' });
    const goalsOf = (query: string) =>
      prepared.list(ConversationListQuery.parse({ query })).conversations.map((c) => c.goal);
    expect(goalsOf('zorg')).toEqual(['Na de voorbereiding', ...before]);
  });

  it('searches within one contact’s conversations together with the contact filter', () => {
    const sanne = contacts.list(ContactListQuery.parse({ query: 'sanne' })).contacts[0]!;
    expect(goals({ contactId: sanne.id, query: 'zorg' })).toEqual(['Oriënteren op de zorg']);
    expect(goals({ contactId: sanne.id, query: 'gemeente' })).toEqual([]);
  });
});

describe('turning a referral into a contact', () => {
  function withReferrals() {
    const anna = person('Anna Bakker', { organisation: 'Gemeente Utrecht' });
    const c = held(anna.id, '2026-11-20', {
      evaluation: evaluation({
        referrals: [
          {
            id: 'r1',
            name: 'Joost de Vries',
            organisation: 'Rabobank',
            role: 'Recruiter',
            why: 'Werft voor IT',
          },
          { id: 'r2', name: 'Emre Çelik' },
        ],
      }),
    });
    return { anna, c };
  }

  it('makes a lauw contact introduced by the conversation’s contact, and links the referral', () => {
    const { anna, c } = withReferrals();
    clock.advance(10);
    const { conversation, contact } = book.referralToContact({
      conversationId: c.id,
      referralId: 'r1',
      contactId: null,
    });
    expect(contact).toMatchObject({
      name: 'Joost de Vries',
      organisation: 'Rabobank',
      role: 'Recruiter',
      aboutThem: 'Werft voor IT',
      warmth: 'lauw',
      introducedById: anna.id,
      howWeMet: 'Via Anna Bakker, in ons gesprek van 20 november',
      createdAt: '2026-11-23T10:10:00.000Z',
    });
    expect(conversation.evaluation?.referrals.map((r) => r.contactId)).toEqual([contact.id, null]);
    expect(conversation.updatedAt).toBe('2026-11-23T10:10:00.000Z');
    expect(book.get(c.id)).toEqual(conversation);
    expect(contacts.get(contact.id)).toEqual(contact);
  });

  it('says how we met in the language of the app, the day written out', () => {
    const { c } = withReferrals();
    const { contact } = book.referralToContact(
      { conversationId: c.id, referralId: 'r1', contactId: null },
      'en',
    );
    expect(contact.howWeMet).toBe('Through Anna Bakker, in our conversation on 20 November');
  });

  it('asked twice (a double click), returns the same link and makes no second contact', () => {
    const { c } = withReferrals();
    const first = book.referralToContact({ conversationId: c.id, referralId: 'r1', contactId: null });
    const count = store.data.contacts.length;
    const again = book.referralToContact({ conversationId: c.id, referralId: 'r1', contactId: null });
    expect(again).toEqual(first);
    expect(store.data.contacts).toHaveLength(count);
  });

  it('links an existing contact instead, leaving that contact as it was', () => {
    const { c } = withReferrals();
    const emre = person('Emre Celik', { warmth: 'warm' });
    const { conversation, contact } = book.referralToContact({
      conversationId: c.id,
      referralId: 'r2',
      contactId: emre.id,
    });
    expect(contact).toEqual(emre);
    expect(conversation.evaluation?.referrals[1]).toMatchObject({ name: 'Emre Çelik', contactId: emre.id });
  });

  it('moves a link to another contact when one is named, as editing the evaluation could', () => {
    const { c } = withReferrals();
    book.referralToContact({ conversationId: c.id, referralId: 'r2', contactId: null });
    const emre = person('Emre Çelik-Yilmaz');
    const { conversation } = book.referralToContact({
      conversationId: c.id,
      referralId: 'r2',
      contactId: emre.id,
    });
    expect(conversation.evaluation?.referrals[1]?.contactId).toBe(emre.id);
  });

  it('refuses the conversation’s own contact, and reports unknown ids', () => {
    const { anna, c } = withReferrals();
    expectDomainError(
      () => book.referralToContact({ conversationId: c.id, referralId: 'r1', contactId: anna.id }),
      'self_reference',
    );
    expectDomainError(
      () => book.referralToContact({ conversationId: c.id, referralId: 'r9', contactId: null }),
      'not_found',
    );
    expectDomainError(
      () => book.referralToContact({ conversationId: 'nope', referralId: 'r1', contactId: null }),
      'not_found',
    );
    expectDomainError(
      () => book.referralToContact({ conversationId: c.id, referralId: 'r1', contactId: 'ghost' }),
      'not_found',
    );
    expect(book.get(c.id).evaluation?.referrals.map((r) => r.contactId)).toEqual([null, null]);
  });

  it('reports not_found for a conversation without an evaluation', () => {
    const anna = person('Anna');
    const c = held(anna.id, '2026-11-20');
    expectDomainError(
      () => book.referralToContact({ conversationId: c.id, referralId: 'r1', contactId: null }),
      'not_found',
    );
  });
});

describe('a contact’s timeline and last contact', () => {
  it('lists conversations (as main contact or participant) and touches, newest first', () => {
    const anna = person('Anna');
    const bram = person('Bram');
    held(anna.id, '2026-11-01', { goal: 'eerste' });
    held(bram.id, '2026-11-10', { time: '10:00', goal: 'met Bram erbij', participantIds: [anna.id] });
    plan({ contactId: anna.id, date: '2026-12-01', goal: 'straks' });
    held(bram.id, '2026-11-15', { goal: 'zonder Anna' });
    const card = touches.add({
      contactId: anna.id,
      channel: 'kaartje',
      on: '2026-11-10',
      note: 'Bedankkaartje',
    });
    const timeline = book.timeline(anna.id);
    expect(
      timeline.map((e) => (e.type === 'conversation' ? e.goal : e.type === 'touch' ? e.note : e.what)),
    ).toEqual(['straks', 'met Bram erbij', 'Bedankkaartje', 'eerste']);
    expect(timeline[1]).toMatchObject({ type: 'conversation', contactId: bram.id, contactName: 'Bram' });
    expect(timeline[2]).toEqual({
      type: 'touch',
      id: card.id,
      date: '2026-11-10',
      channel: 'kaartje',
      note: 'Bedankkaartje',
      threeB: null,
    });
    expectDomainError(() => book.timeline('ghost'), 'not_found');
  });

  it('orders entries of the same day and moment the same way however they were edited (by id)', () => {
    const anna = person('Anna');
    const a = held(anna.id, '2026-11-01', { goal: 'a' });
    const b = held(anna.id, '2026-11-01', { goal: 'b' });
    // Same creation moment too (the fake clock stands still): only the id can decide.
    expect(a.createdAt).toBe(b.createdAt);
    const before = book.timeline(anna.id).map((e) => e.id);
    // An edit moves the record within the contact's derived lists; the timeline must not follow that.
    book.update(a.id, { notes: 'nagebeld' });
    expect(book.timeline(anna.id).map((e) => e.id)).toEqual(before);
    expect(before).toEqual([a.id, b.id].sort().reverse());
  });

  it('takes the last contact from held conversations and touches, not from planned ones', () => {
    const anna = person('Anna', { lastContactOn: '2026-10-01' });
    const bram = person('Bram', { lastContactOn: '2026-11-05' });
    const carla = person('Carla');
    plan({ contactId: anna.id, date: '2026-12-01' });
    expect(contacts.get(anna.id).lastContactOn).toBe('2026-10-01');
    const c = held(bram.id, '2026-11-12', { participantIds: [anna.id] });
    expect(contacts.get(anna.id).lastContactOn).toBe('2026-11-12');
    expect(contacts.get(bram.id).lastContactOn).toBe('2026-11-12');
    const touch = touches.add({ contactId: carla.id, channel: 'telefoon', on: '2026-11-20', note: '' });
    const lastContact = () => contacts.list(ContactListQuery.parse({ sort: 'lastContact' }));
    expect(lastContact().contacts.map((s) => [s.name, s.lastContactOn])).toEqual([
      ['Carla', '2026-11-20'],
      ['Anna', '2026-11-12'],
      ['Bram', '2026-11-12'],
    ]);
    // The stored date stays what was typed on the contact; taking the conversation away shows it again.
    expect(store.data.contacts.find((x) => x.id === anna.id)?.lastContactOn).toBe('2026-10-01');
    book.delete(c.id);
    touches.delete(touch.id);
    expect(lastContact().contacts.map((s) => [s.name, s.lastContactOn])).toEqual([
      ['Bram', '2026-11-05'],
      ['Anna', '2026-10-01'],
      ['Carla', null],
    ]);
  });
});

describe('deleting a contact who has conversations', () => {
  function network() {
    const anna = person('Anna');
    const bram = person('Bram');
    const carla = person('Carla', { introducedById: anna.id });
    const own = held(anna.id, '2026-11-01', { participantIds: [bram.id] });
    const bramsOwn = held(bram.id, '2026-11-02', {
      participantIds: [anna.id],
      evaluation: evaluation({ referrals: [{ id: 'r', name: 'Anna', contactId: anna.id }] }),
    });
    touches.add({ contactId: anna.id, channel: 'bericht', on: '2026-11-03', note: '' });
    touches.add({ contactId: bram.id, channel: 'bericht', on: '2026-11-04', note: '' });
    return { anna, bram, carla, own, bramsOwn };
  }

  it('refuses with has_conversations and changes nothing', () => {
    const { anna } = network();
    const before = store.data;
    expectDomainError(() => contacts.delete(anna.id), 'has_conversations');
    expect(store.data).toBe(before);
  });

  it('with withConversations, deletes their conversations and touches and every reference to them', () => {
    const { anna, bram, carla, own, bramsOwn } = network();
    contacts.delete(anna.id, { withConversations: true });
    expectDomainError(() => contacts.get(anna.id), 'not_found');
    expectDomainError(() => book.get(own.id), 'not_found');
    const kept = book.get(bramsOwn.id);
    expect(kept.participantIds).toEqual([]);
    expect(kept.evaluation?.referrals).toEqual([
      { id: 'r', name: 'Anna', organisation: '', role: '', why: '', contactId: null },
    ]);
    expect(contacts.get(carla.id).introducedById).toBeNull();
    expect(store.data.touches.map((t) => t.contactId)).toEqual([bram.id]);
    expect(book.timeline(bram.id)).toHaveLength(2);
  });

  it('deletes someone who only took part in others’ conversations without asking', () => {
    const { bram, own, bramsOwn, anna } = network();
    book.delete(bramsOwn.id);
    contacts.delete(bram.id);
    expect(book.get(own.id).participantIds).toEqual([]);
    expect(store.data.touches.map((t) => t.contactId)).toEqual([anna.id]);
  });
});

describe('the referral chain (via via)', () => {
  it('shows the path of introducers, whom the contact introduced and what came of it, and where they were named', () => {
    const anna = person('Anna');
    const bram = person('Bram', { introducedById: anna.id });
    const carla = person('Carla', { introducedById: bram.id });
    const dirk = person('Dirk', { introducedById: bram.id });
    held(carla.id, '2026-11-10', { goal: 'met Carla' });
    held(dirk.id, '2026-11-12', { goal: 'met Dirk en Carla', participantIds: [carla.id] });
    plan({ contactId: carla.id, date: '2026-12-01', goal: 'nog niet gehouden' });
    const named = held(anna.id, '2026-11-01', {
      goal: 'Anna noemde Bram',
      evaluation: evaluation({ referrals: [{ id: 'r', name: 'Bram', contactId: bram.id }] }),
    });

    const chain = book.chain(carla.id);
    expect(chain.introducedBy.map((c) => c.name)).toEqual(['Bram', 'Anna']);
    expect(book.chain(anna.id).introducedBy).toEqual([]);

    const fromBram = book.chain(bram.id);
    expect(fromBram.introduced.map((i) => [i.contact.name, i.conversations.map((c) => c.goal)])).toEqual([
      ['Carla', ['met Dirk en Carla', 'met Carla']],
      ['Dirk', ['met Dirk en Carla']],
    ]);
    expect(fromBram.introduced[0]?.contact.lastContactOn).toBe('2026-11-12');
    expect(fromBram.referredIn.map((c) => c.id)).toEqual([named.id]);
    expect(book.chain(carla.id).referredIn).toEqual([]);
    expectDomainError(() => book.chain('ghost'), 'not_found');
  });

  it('stops where introductions go round in a circle', () => {
    const anna = person('Anna');
    const bram = person('Bram', { introducedById: anna.id });
    contacts.update(anna.id, { introducedById: bram.id });
    expect(book.chain(anna.id).introducedBy.map((c) => c.name)).toEqual(['Bram']);
    expect(book.chain(bram.id).introducedBy.map((c) => c.name)).toEqual(['Anna']);
  });
});

describe('touches', () => {
  it('notes a small touch for a contact who exists, and deletes it again', () => {
    const anna = person('Anna');
    clock.advance(5);
    const touch = touches.add({
      contactId: anna.id,
      channel: 'telefoon',
      on: '2026-11-22',
      note: 'Even gebeld',
    });
    expect(touch).toEqual({
      id: expect.any(String),
      contactId: anna.id,
      channel: 'telefoon',
      on: '2026-11-22',
      note: 'Even gebeld',
      // Without a B given it counts as bevestigen (rules/three-b.ts).
      threeB: null,
      createdAt: '2026-11-23T10:05:00.000Z',
    });
    expect(store.data.touches).toEqual([touch]);
    touches.delete(touch.id);
    expect(store.data.touches).toEqual([]);
    expectDomainError(() => touches.delete(touch.id), 'not_found');
  });

  it('refuses a contact that is not there', () => {
    const error = expectDomainError(
      () => touches.add({ contactId: 'ghost', channel: 'telefoon', on: '2026-11-22', note: '' }),
      'invalid_input',
    );
    expect(error.fields).toEqual({ contactId: 'invalid_choice' });
  });
});

describe('own questions in the bank', () => {
  it('keeps questions in the order added, once per purpose, and deletes them', () => {
    const first = questions.add({ purpose: 'afsluiten', text: 'Mag ik zeggen dat ik via jou kom?' });
    const second = questions.add({ purpose: 'verkennen', text: 'Hoe ziet een werkdag eruit?' });
    expect(questions.add({ purpose: 'afsluiten', text: 'mag ik  zeggen dat ik via jóu kom?' })).toEqual(
      first,
    );
    const third = questions.add({ purpose: 'doorvragen', text: 'Mag ik zeggen dat ik via jou kom?' });
    expect(questions.list()).toEqual([first, second, third]);
    expect(first).toEqual({
      id: expect.any(String),
      purpose: 'afsluiten',
      text: 'Mag ik zeggen dat ik via jou kom?',
      createdAt: '2026-11-23T10:00:00.000Z',
    });
    questions.delete(second.id);
    expect(questions.list()).toEqual([first, third]);
    expectDomainError(() => questions.delete(second.id), 'not_found');
  });
});

describe('what I learn (insights)', () => {
  it('lists every "kon beter" point and tip of held conversations, newest first, with the contact', () => {
    const anna = person('Anna');
    const bram = person('Bram');
    const older = held(anna.id, '2026-10-05', {
      evaluation: evaluation({
        couldBeBetter: '- Minder praten\n\n  * Eerder om namen vragen \n',
        tips: ['Bel Joost'],
      }),
    });
    const newer = held(bram.id, '2026-11-02', {
      evaluation: evaluation({ couldBeBetter: '1. Doel eerst noemen\n2) Visitekaartje mee', tips: [] }),
    });
    held(bram.id, '2026-11-03'); // no evaluation yet
    plan({ contactId: bram.id, date: '2026-11-04', evaluation: evaluation({ tips: ['gepland telt niet'] }) });

    const { points } = book.learnings({ from: null, to: null });
    expect(points).toEqual([
      {
        type: 'couldBeBetter',
        text: 'Doel eerst noemen',
        conversationId: newer.id,
        contactId: bram.id,
        contactName: 'Bram',
        date: '2026-11-02',
      },
      {
        type: 'couldBeBetter',
        text: 'Visitekaartje mee',
        conversationId: newer.id,
        contactId: bram.id,
        contactName: 'Bram',
        date: '2026-11-02',
      },
      {
        type: 'couldBeBetter',
        text: 'Minder praten',
        conversationId: older.id,
        contactId: anna.id,
        contactName: 'Anna',
        date: '2026-10-05',
      },
      {
        type: 'couldBeBetter',
        text: 'Eerder om namen vragen',
        conversationId: older.id,
        contactId: anna.id,
        contactName: 'Anna',
        date: '2026-10-05',
      },
      {
        type: 'tip',
        text: 'Bel Joost',
        conversationId: older.id,
        contactId: anna.id,
        contactName: 'Anna',
        date: '2026-10-05',
      },
    ]);
    expect(book.learnings({ from: '2026-10-06', to: null }).points.map((p) => p.text)).toEqual([
      'Doel eerst noemen',
      'Visitekaartje mee',
    ]);
    expect(book.learnings({ from: '2026-10-05', to: '2026-10-05' }).points).toHaveLength(3);
  });

  it('counts held conversations per month, per kind and per B, every month and key present', () => {
    const anna = person('Anna');
    held(anna.id, '2026-08-31', { kind: 'tips-en-namen', threeB: 'benutten' });
    held(anna.id, '2026-08-01', { kind: 'tips-en-namen', threeB: 'bouwen' });
    held(anna.id, '2026-10-15', { kind: 'bijpraten' });
    plan({ contactId: anna.id, date: '2026-12-01' });
    const zeroKinds = { orienterend: 0, 'tips-en-namen': 0, bijpraten: 0, 'hulp-aanbieden': 0, anders: 0 };
    const zeroBs = { bouwen: 0, bevestigen: 0, benutten: 0 };
    expect(book.learnings({ from: null, to: null }).months).toEqual([
      {
        month: '2026-08',
        held: 2,
        kinds: { ...zeroKinds, 'tips-en-namen': 2 },
        threeBs: { ...zeroBs, bouwen: 1, benutten: 1 },
      },
      { month: '2026-09', held: 0, kinds: zeroKinds, threeBs: zeroBs },
      { month: '2026-10', held: 1, kinds: { ...zeroKinds, bijpraten: 1 }, threeBs: zeroBs },
    ]);
    expect(book.learnings({ from: '2026-09-01', to: '2026-12-31' }).months.map((m) => m.month)).toEqual([
      '2026-10',
    ]);
    expect(book.learnings({ from: '2027-01-01', to: null })).toEqual({
      points: [],
      reflections: [],
      months: [],
    });
  });
});
