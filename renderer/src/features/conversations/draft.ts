/**
 * A conversation as the editor holds it (the draft), and the way back and forth between the draft and the
 * journal's shape. Plain functions on plain data: no runes, no API, no DOM, so each is tested on its own.
 */
import type {
  Conversation,
  ConversationChannel,
  ConversationFieldsInput,
  ConversationKind,
  ConversationStatus,
  PreparedQuestion,
  Referral,
  ThanksMethod,
  ThreeB,
} from '$contract/domain';
import { plannedStand, readyToRecord } from '$contract/rules/planned-stand';

/** The three steps of a conversation, in the order they happen. */
export const steps = ['prepare', 'conversation', 'evaluation'] as const;
export type Step = (typeof steps)[number];

/**
 * What the editor shows: the conversation's fields as form controls hold them (empty strings for "not
 * set", every list present). `toPayload` turns it back into the schema's shape.
 */
export interface Draft {
  contactId: string | null;
  participantIds: string[];
  status: ConversationStatus;
  date: string;
  time: string;
  channel: ConversationChannel;
  kind: ConversationKind;
  threeB: ThreeB | '';
  goal: string;
  questions: PreparedQuestion[];
  preparation: string;
  notes: string;
  evaluation: {
    wentWell: string;
    couldBeBetter: string;
    tips: string[];
    referrals: Referral[];
    gaveOrOffered: string;
    nextStep: string;
    nextStepOn: string;
  };
  thanks: { thanked: boolean; how: ThanksMethod | ''; on: string };
}

/** A new conversation, planned for `date` (today, as the caller knows it), with `contactId` when given. */
export function emptyDraft(contactId: string | null, date: string): Draft {
  return {
    contactId,
    participantIds: [],
    status: 'gepland',
    date,
    time: '',
    channel: 'persoonlijk',
    kind: 'orienterend',
    threeB: '',
    goal: '',
    questions: [],
    preparation: '',
    notes: '',
    evaluation: {
      wentWell: '',
      couldBeBetter: '',
      tips: [],
      referrals: [],
      gaveOrOffered: '',
      nextStep: '',
      nextStepOn: '',
    },
    thanks: { thanked: false, how: '', on: '' },
  };
}

/** A saved conversation as a draft; copies every list, so editing the draft never touches `c`. */
export function toDraft(c: Conversation): Draft {
  const e = c.evaluation;
  return {
    contactId: c.contactId,
    participantIds: [...c.participantIds],
    status: c.status,
    date: c.date,
    time: c.time ?? '',
    channel: c.channel,
    kind: c.kind,
    threeB: c.threeB ?? '',
    goal: c.goal,
    questions: c.questions.map((q) => ({ ...q })),
    preparation: c.preparation,
    notes: c.notes,
    evaluation: {
      wentWell: e?.wentWell ?? '',
      couldBeBetter: e?.couldBeBetter ?? '',
      tips: [...(e?.tips ?? [])],
      referrals: (e?.referrals ?? []).map((r) => ({ ...r })),
      gaveOrOffered: e?.gaveOrOffered ?? '',
      nextStep: e?.nextStep ?? '',
      nextStepOn: e?.nextStepOn ?? '',
    },
    thanks: { thanked: c.thanks.thanked, how: c.thanks.how ?? '', on: c.thanks.on ?? '' },
  };
}

/**
 * The draft in the schema's shape. Blank tips, questions and referrals are left out, not refused; an
 * evaluation with nothing written is no evaluation. `d` must be plain data (a `$state.snapshot`), since the
 * result goes over IPC as it is.
 */
export function toPayload(d: Draft): ConversationFieldsInput {
  const e = d.evaluation;
  const tips = e.tips.map((t) => t.trim()).filter(Boolean);
  const referrals = e.referrals.filter(
    (r) => r.contactId || [r.name, r.organisation, r.role, r.why].some((v) => v.trim()),
  );
  const evaluationWritten =
    tips.length > 0 ||
    referrals.length > 0 ||
    e.nextStepOn !== '' ||
    [e.wentWell, e.couldBeBetter, e.gaveOrOffered, e.nextStep].some((v) => v.trim());
  return {
    contactId: d.contactId ?? '',
    participantIds: d.participantIds.filter((id) => id !== d.contactId),
    status: d.status,
    date: d.date,
    time: d.time || null,
    channel: d.channel,
    kind: d.kind,
    threeB: d.threeB || null,
    goal: d.goal,
    questions: d.questions.filter((q) => q.text.trim() || q.answer.trim()),
    preparation: d.preparation,
    notes: d.notes,
    evaluation: evaluationWritten
      ? {
          wentWell: e.wentWell,
          couldBeBetter: e.couldBeBetter,
          tips,
          referrals,
          gaveOrOffered: e.gaveOrOffered,
          nextStep: e.nextStep,
          nextStepOn: e.nextStepOn || null,
        }
      : null,
    thanks: d.thanks.thanked
      ? { thanked: true, how: d.thanks.how || null, on: d.thanks.on || null }
      : { thanked: false, how: null, on: null },
  };
}

/** Which step shows the field at `path` (`evaluation.referrals.1.name`, `questions.0.answer`). */
export function stepOf(path: string): Step {
  if (path.startsWith('evaluation') || path.startsWith('thanks')) return 'evaluation';
  if (path === 'notes' || /^questions\.\d+\.(answer|answered)$/.test(path)) return 'conversation';
  return 'prepare';
}

/** The step a saved conversation opens on: where the work is. */
export function openingStep(c: Conversation, now?: { date: string; time: string }): Step {
  // Planned: prepare it, unless its moment has come (trial s11): then how it went.
  if (c.status === 'gepland') return now && readyToRecord(plannedStand(c, now)) ? 'conversation' : 'prepare';
  return c.notes.trim() || c.evaluation ? 'evaluation' : 'conversation';
}

/** Every contact a conversation refers to: the one you talk to, who else joins, who you were sent to. */
export function contactIdsIn(c: Conversation): string[] {
  const referred = (c.evaluation?.referrals ?? []).flatMap((r) => (r.contactId ? [r.contactId] : []));
  return [c.contactId, ...c.participantIds, ...referred];
}

/** The draft asks this question already (spaces around it do not count). */
export function hasQuestion(draft: Draft, text: string): boolean {
  return draft.questions.some((q) => q.text.trim() === text.trim());
}

/** Adds a question to the draft with the id given, or takes it out again when it was picked already. */
export function toggleQuestion(draft: Draft, text: string, id: string): void {
  const index = draft.questions.findIndex((q) => q.text.trim() === text.trim());
  if (index >= 0) draft.questions.splice(index, 1);
  else draft.questions.push({ id, text, answered: false, answer: '' });
}

/**
 * The date and time of a conversation marked as held now: a conversation cannot have taken place later
 * than this moment, so a planned date after today becomes today, and a time later than now (the planned
 * 14:00 of a meeting held this morning) becomes now. A past date and time stay as they were.
 */
export function heldBy(
  draft: Pick<Draft, 'date' | 'time'>,
  today: string,
  now: string,
): Pick<Draft, 'date' | 'time'> {
  const date = draft.date > today ? today : draft.date;
  const time = date === today && draft.time !== '' && draft.time > now ? now : draft.time;
  return { date, time };
}
