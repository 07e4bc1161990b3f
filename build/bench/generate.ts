/**
 * A deterministic, realistic-looking journal for benchmarks, tests and screenshots.
 *
 * Everything comes from one seeded PRNG and a fixed "today", so the same options always give the same
 * journal, byte for byte. The people are Dutch-flavoured on purpose: diacritics (Müller, Çelik, Zoë),
 * tussenvoegsels (van den Berg), double-barrelled names (Jansen-de Vries), so search and sort meet what a
 * real journal holds.
 *
 * This file builds the records; the pools it draws from are in people.ts and sentences.ts, the reminders
 * in generate-reminders.ts, the random stream in random.ts.
 */
import { join } from 'node:path';
import {
  cadences,
  circles,
  conversationChannels,
  conversationKinds,
  Journal,
  JOURNAL_SCHEMA_VERSION,
  questionPurposes,
  strengths,
  thanksMethods,
  threeBs,
  touchChannels,
  warmths,
  type Contact,
  type Conversation,
  type OwnQuestion,
  type Referral,
  type Touch,
} from '../../electron/contract/domain';
import { writeFileDurably } from '../../electron/core/journal/durable-write';
import { serializeJournal } from '../../electron/core/journal/serialize';
import { addDays, toAscii } from './days';
import { generateReminders } from './generate-reminders';
import { FIRST_NAMES, LAST_NAMES, ORGANISATIONS, PLAIN_LAST_NAMES, ROLES, TAGS } from './people';
import { createRandom } from './random';
import {
  ANSWERS,
  COULD_BE_BETTER,
  GAVE,
  GOALS,
  NEXT_STEPS,
  NOTES,
  OWN_QUESTIONS,
  QUESTIONS,
  SENTENCES,
  TIPS,
  TOUCH_NOTES,
  WENT_WELL,
  WHY,
  type Pick,
} from './sentences';

export interface GenerateOptions {
  /** How many contacts. */
  contacts: number;
  /** How many networking conversations; five per contact unless given. */
  conversations?: number;
  /** How many small touches ("contact gehad"); one per contact unless given. */
  touches?: number;
  /** How many reminders, of every kind and state (most of them done); four per contact unless given. */
  reminders?: number;
  /** PRNG seed; the same seed gives the same journal. */
  seed: number;
  /** The day the journal is "as of" (YYYY-MM-DD): contact dates fall before it. */
  today?: string;
}

/** A journal of `options.contacts` contacts that passes the `Journal` schema. Deterministic per seed. */
export function generateJournal(options: GenerateOptions): Journal {
  const random = createRandom(options.seed);
  const today = options.today ?? '2026-11-23';
  const pick: Pick = (items) => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const sentences = (max: number) => {
    const count = int(0, max);
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(pick(SENTENCES)(pick, random));
    return out.join(' ');
  };
  const uuid = () => {
    const hex = (n: number) =>
      Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
    const variant = (8 + Math.floor(random() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  };

  // What came with reminders (cadences, the reminders themselves) draws from a second stream, so the
  // contacts, conversations and touches stay exactly what they were before reminders existed.
  const more = createRandom(options.seed ^ 0x5eed_4);
  const morePick = <T>(items: readonly T[]): T => items[Math.floor(more() * items.length)]!;
  const moreInt = (min: number, max: number) => min + Math.floor(more() * (max - min + 1));
  const moreUuid = () => {
    const hex = (n: number) => Array.from({ length: n }, () => Math.floor(more() * 16).toString(16)).join('');
    const variant = (8 + Math.floor(more() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  };
  /** Most follow the default for their strength; a few have none, a fixed one or their own number of days. */
  const cadence = (): { cadence: Contact['cadence']; cadenceDays: number | null } => {
    const roll = more();
    if (roll < 0.85) return { cadence: 'standaard', cadenceDays: null };
    if (roll < 0.9) return { cadence: 'geen', cadenceDays: null };
    if (roll < 0.97) {
      const fixed = cadences.filter((c) => c !== 'standaard' && c !== 'geen' && c !== 'aangepast');
      return { cadence: morePick(fixed), cadenceDays: null };
    }
    return { cadence: 'aangepast', cadenceDays: moreInt(10, 120) };
  };

  const contacts: Contact[] = [];
  for (let i = 0; i < options.contacts; i++) {
    const first = pick(FIRST_NAMES);
    let last = pick(LAST_NAMES);
    // Double-barrelled: "Jansen-de Vries" (the second part keeps its lower-case tussenvoegsel).
    if (chance(0.08)) last = `${pick(PLAIN_LAST_NAMES)}-${pick(LAST_NAMES)}`;
    const name = `${first} ${last}`;
    const organisation = chance(0.85) ? pick(ORGANISATIONS) : '';
    const slug = `${toAscii(first)}.${toAscii(last)}`;
    const domain = organisation ? `${toAscii(organisation) || 'bedrijf'}.nl` : 'example.nl';
    const createdAt = addDays(today, -int(30, 5 * 365));
    createdAt.setUTCHours(int(7, 21), int(0, 59), int(0, 59), int(0, 999));
    const updatedAt = new Date(
      Math.min(createdAt.getTime() + int(0, 400) * 86_400_000, addDays(today, 0).getTime()),
    );
    const tagCount = chance(0.2) ? 0 : int(1, 4);
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(TAGS)))];

    contacts.push({
      id: uuid(),
      name,
      organisation,
      role: chance(0.8) ? pick(ROLES) : '',
      email: chance(0.6) ? `${slug}@${domain}` : '',
      phone: chance(0.4) ? `+31 6 ${int(10, 99)} ${int(10, 99)} ${int(10, 99)} ${int(10, 99)}` : '',
      // Without drawing from the random stream, so the journal stays the one earlier figures were made on.
      moreEmails: [],
      morePhones: [],
      birthday: null,
      linkedin: chance(0.4) ? `https://www.linkedin.com/in/${slug.replace('.', '-')}-${int(1, 9999)}` : '',
      circle: chance(0.9) ? pick(circles) : null,
      warmth: chance(0.85) ? pick(warmths) : null,
      strength: chance(0.85) ? pick(strengths) : null,
      // ~30% were introduced by someone already in the journal.
      introducedById: i > 0 && chance(0.3) ? contacts[int(0, i - 1)]!.id : null,
      howWeMet: chance(0.5) ? sentences(1) : '',
      aboutThem: sentences(3),
      canOffer: chance(0.3) ? sentences(2) : '',
      tags,
      notes: sentences(3),
      lastContactOn: chance(0.85)
        ? addDays(today, -int(0, 3 * 365))
            .toISOString()
            .slice(0, 10)
        : null,
      ...cadence(),
      archived: chance(0.05),
      importedAt: null,
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    });
  }
  // The contact a bench opens "with 50 conversations": someone who introduced others and was introduced
  // themselves, so their chain has something on every side.
  const introductions = new Map<string, number>();
  for (const c of contacts) {
    if (c.introducedById) introductions.set(c.introducedById, (introductions.get(c.introducedById) ?? 0) + 1);
  }
  const busy =
    contacts.length === 0
      ? undefined
      : [...contacts].sort(
          (a, b) =>
            Number(b.introducedById !== null) - Number(a.introducedById !== null) ||
            (introductions.get(b.id) ?? 0) - (introductions.get(a.id) ?? 0),
        )[0]!;
  const dayOf = (date: Date) => date.toISOString().slice(0, 10);
  /** Another contact than `not`, or null in a journal of one. */
  const someoneElse = (not: string): Contact | null => {
    if (contacts.length < 2) return null;
    for (;;) {
      const c = pick(contacts);
      if (c.id !== not) return c;
    }
  };
  const conversationCount = contacts.length === 0 ? 0 : (options.conversations ?? 5 * options.contacts);
  const conversations: Conversation[] = [];
  for (let i = 0; i < conversationCount; i++) {
    // A few people get many conversations, most a handful; the busy contact gets exactly 50.
    let contact: Contact;
    if (busy && i < Math.min(50, conversationCount)) contact = busy;
    else {
      do contact = chance(0.3) ? contacts[int(0, Math.ceil(contacts.length / 10) - 1)]! : pick(contacts);
      while (contact === busy && contacts.length > 1);
    }
    const day = addDays(today, -int(-60, 3 * 365));
    const date = dayOf(day);
    const status = date > today || chance(0.06) ? 'gepland' : 'gehouden';
    const held = status === 'gehouden';
    const created = addDays(date, -int(1, 21));
    created.setUTCHours(int(7, 21), int(0, 59), int(0, 59), int(0, 999));
    const updated = new Date(
      Math.min(created.getTime() + int(0, 30) * 86_400_000, addDays(today, 0).getTime()),
    );
    const questions = Array.from({ length: chance(0.25) ? 0 : int(1, 5) }, () => {
      const answered = held && chance(0.6);
      return {
        id: uuid(),
        text: pick(QUESTIONS),
        answered,
        answer: answered && chance(0.7) ? pick(ANSWERS) : '',
      };
    });
    const referrals: Referral[] = [];
    const evaluation =
      held && chance(0.85)
        ? {
            wentWell: chance(0.8) ? pick(WENT_WELL) : '',
            couldBeBetter: Array.from(
              { length: int(0, 3) },
              () => `${chance(0.5) ? '- ' : ''}${pick(COULD_BE_BETTER)}`,
            ).join('\n'),
            tips: Array.from({ length: int(0, 3) }, () => pick(TIPS)),
            referrals,
            gaveOrOffered: chance(0.3) ? pick(GAVE) : '',
            nextStep: chance(0.5) ? pick(NEXT_STEPS) : '',
            nextStepOn: chance(0.3) ? dayOf(addDays(date, int(1, 30))) : null,
          }
        : null;
    if (evaluation) {
      for (let r = int(0, 2); r > 0; r--) {
        // Some referrals were turned into (or linked to) a contact; a few of those to the busy contact.
        const linked = chance(0.25)
          ? busy && chance(0.02) && busy !== contact
            ? busy
            : someoneElse(contact.id)
          : null;
        referrals.push({
          id: uuid(),
          name: linked?.name ?? `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
          organisation: linked?.organisation ?? (chance(0.7) ? pick(ORGANISATIONS) : ''),
          role: linked?.role ?? (chance(0.6) ? pick(ROLES) : ''),
          why: pick(WHY),
          contactId: linked?.id ?? null,
        });
      }
    }
    const thanked = held && chance(0.7);
    const noteCount = held ? int(1, 6) : int(0, 1);
    conversations.push({
      id: uuid(),
      contactId: contact.id,
      participantIds: chance(0.08) ? [someoneElse(contact.id)?.id ?? ''].filter(Boolean) : [],
      status,
      date,
      time: chance(0.7) ? `${String(int(8, 20)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}` : null,
      channel: pick(conversationChannels),
      kind: pick(conversationKinds),
      threeB: chance(0.85) ? pick(threeBs) : null,
      goal: chance(0.9) ? pick(GOALS)(pick) : '',
      questions,
      preparation: chance(0.5) ? `${pick(NOTES)(pick)} ${sentences(1)}`.trim() : '',
      notes: Array.from({ length: noteCount }, () => pick(NOTES)(pick)).join(chance(0.5) ? '\n' : ' '),
      evaluation,
      thanks: thanked
        ? { thanked: true, how: pick(thanksMethods), on: dayOf(addDays(date, int(0, 3))) }
        : { thanked: false, how: null, on: null },
      createdAt: created.toISOString(),
      updatedAt: updated.toISOString(),
    });
  }

  const touches: Touch[] = [];
  const touchCount = contacts.length === 0 ? 0 : (options.touches ?? options.contacts);
  for (let i = 0; i < touchCount; i++) {
    const on = addDays(today, -int(0, 2 * 365));
    const created = new Date(on.getTime() + int(8, 20) * 3_600_000);
    touches.push({
      id: uuid(),
      contactId: pick(contacts).id,
      channel: pick(touchChannels),
      threeB: null,
      on: dayOf(on),
      note: pick(TOUCH_NOTES),
      createdAt: created.toISOString(),
    });
  }

  const ownQuestions: OwnQuestion[] = OWN_QUESTIONS.map((text) => ({
    id: uuid(),
    purpose: pick(questionPurposes),
    text,
    createdAt: addDays(today, -int(0, 365)).toISOString(),
  }));

  const reminderCount = contacts.length === 0 ? 0 : (options.reminders ?? 4 * options.contacts);
  const reminders = generateReminders(reminderCount, today, contacts, conversations, {
    random: more,
    pick: morePick,
    int: moreInt,
    uuid: moreUuid,
  });

  return Journal.parse({
    schemaVersion: JOURNAL_SCHEMA_VERSION,
    contacts,
    conversations,
    touches,
    ownQuestions,
    reminders,
    deleted: [],
    conflicts: [],
    setAside: [],
    notDuplicates: [],
    dismissals: [],
    organisations: [],
    profile: [],
    helpRequests: [],
    helpAsks: [],
    plannedActions: [],
    messageTemplates: [],
  });
}
/** Writes `journal` with the app's own serializer and durable writer, as the app would. */
export async function writeJournal(path: string, journal: Journal): Promise<void> {
  await writeFileDurably(path, serializeJournal(journal));
}

/** Generates a journal and writes it as `journal.json` in `folder`; returns the path and the journal. */
export async function writeGeneratedJournal(
  folder: string,
  options: GenerateOptions,
): Promise<{ path: string; journal: Journal }> {
  const journal = generateJournal(options);
  const path = join(folder, 'journal.json');
  await writeJournal(path, journal);
  return { path, journal };
}
