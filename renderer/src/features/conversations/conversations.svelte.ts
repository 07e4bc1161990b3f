import type { ContactSummary, ConversationList, ConversationSummary } from '$contract/contract';
import {
  ConversationChanges,
  ConversationFields,
  type Contact,
  type Conversation,
  type ConversationChannel,
  type ConversationFieldsInput,
  type ConversationKind,
  type ConversationStatus,
  type OwnQuestion,
  type PreparedQuestion,
  type QuestionPurpose,
  type Referral,
  type ThanksMethod,
  type ThreeB,
} from '$contract/domain';
import { api, unwrap } from '../../shared/api';
import { FormMessages } from '../../shared/forms/form-messages.svelte';
import { ListRows } from '../../shared/ui/list-rows.svelte';
import { localDate } from '../../shared/dates/moments';
import { app } from '../../app/app.svelte';
import { contacts } from '../contacts/contacts.svelte';
import { reminders } from '../reminders/reminders.svelte';
import { conversationForm } from './conversation-form';

/** The three steps of a conversation, in the order they happen. */
export const steps = ['prepare', 'conversation', 'evaluation'] as const;
export type Step = (typeof steps)[number];

/** 'none': nothing open; 'new': a conversation not saved yet; 'edit': an existing one. */
export type ConversationMode = 'none' | 'new' | 'edit';

export type Needs = 'evaluation' | 'thanks';

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

/**
 * A fresh id for a question or referral made in the renderer (the schema checks its shape): 128 random
 * bits as hex. Not `crypto.randomUUID`, which exists only in secure contexts, and the browser test
 * harness serves the renderer over plain http.
 */
export function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

function emptyDraft(contactId: string | null): Draft {
  return {
    contactId,
    participantIds: [],
    status: 'gepland',
    date: localDate(),
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

function toDraft(c: Conversation): Draft {
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

/** The draft in the schema's shape. Blank tips, questions and referrals are left out, not refused. */
function toPayload(draft: Draft): ConversationFieldsInput {
  const d = $state.snapshot(draft) as Draft;
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

/** The step a conversation opens on: where the work is. */
function stepFor(c: Conversation): Step {
  if (c.status === 'gepland') return 'prepare';
  return c.notes.trim() || c.evaluation ? 'evaluation' : 'conversation';
}

/**
 * The Gesprekken screen: the list as asked for, and the conversation being prepared, recorded or evaluated.
 * The draft lives here rather than in the editor component, so switching screens never loses typing.
 */
class ConversationsState {
  query = $state('');
  contactFilter = $state<{ id: string; name: string } | null>(null);
  status = $state<ConversationStatus | null>(null);
  kind = $state<ConversationKind | null>(null);
  threeB = $state<ThreeB | null>(null);
  needs = $state<Needs | null>(null);

  /** The conversations matching the query and filters, fetched a window at a time as the list scrolls. */
  readonly rows = new ListRows<ConversationSummary, Pick<ConversationList, 'planned' | 'totals'>>(
    (offset, limit) =>
      unwrap(
        api.conversations.list({
          query: this.query,
          contactId: this.contactFilter?.id ?? null,
          status: this.status,
          kind: this.kind,
          threeB: this.threeB,
          needs: this.needs,
          offset,
          limit,
        }),
      ).then((answer) => ({
        total: answer.total,
        rows: answer.conversations,
        extra: { planned: answer.planned, totals: answer.totals },
      })),
  );
  totals = $derived(this.rows.extra?.totals ?? { planned: 0, held: 0, needsEvaluation: 0, needsThanks: 0 });
  loaded = $derived(this.rows.extra !== undefined);
  /** Active contacts in the journal; a conversation needs someone to talk to. */
  contactCount = $state<number | null>(null);

  mode = $state<ConversationMode>('none');
  selectedId = $state<string | null>(null);
  selected = $state<Conversation | null>(null);
  draft = $state<Draft | null>(null);
  step = $state<Step>('prepare');
  /** What the editor shows of a refusal; its step opens before focus goes to the first field. */
  readonly messages = new FormMessages(conversationForm, (m) => {
    if (m.first) this.step = stepOf(m.first);
  });
  busy = $state(false);
  /** Names of contacts the draft refers to, for showing; never sent. */
  names = $state<Record<string, string>>({});
  ownQuestions = $state<OwnQuestion[]>([]);
  /** What to do once the person agrees to drop unsaved changes (shown as a dialog while set). */
  pendingLeave = $state<(() => void) | null>(null);

  private baseline = $state('');
  private openSeq = 0;

  /** The draft differs from what was last loaded or saved. */
  dirty = $derived(this.draft !== null && JSON.stringify(this.draft) !== this.baseline);
  filtering = $derived(
    !!(this.query.trim() || this.contactFilter || this.status || this.kind || this.threeB || this.needs),
  );
  nothingYet = $derived(this.loaded && this.totals.planned + this.totals.held === 0);

  /** Asks again for the rows in view, for the current query and filters; older answers are dropped. */
  async refresh(): Promise<void> {
    await this.rows.reset();
  }

  async loadSideData(): Promise<void> {
    const [people, own] = await Promise.all([
      unwrap(api.contacts.list({ query: '', sort: 'name', show: 'active', limit: 1 })),
      unwrap(api.questions.list()),
    ]);
    this.contactCount = people.totals.active;
    this.ownQuestions = own;
  }

  clearFilters(): void {
    this.query = '';
    this.contactFilter = null;
    this.status = null;
    this.kind = null;
    this.threeB = null;
    this.needs = null;
  }

  /** Shows only the held conversations that still lack an evaluation (or a thank-you). */
  showNeeding(needs: Needs): void {
    this.clearFilters();
    this.needs = needs;
  }

  /** Runs `action` now, or once the person agrees to drop their unsaved changes. */
  leaveThen(action: () => void): void {
    if (this.dirty) this.pendingLeave = action;
    else action();
  }

  confirmLeave(): void {
    const action = this.pendingLeave;
    this.pendingLeave = null;
    this.revert();
    action?.();
  }

  cancelLeave(): void {
    this.pendingLeave = null;
  }

  /** Opens a conversation on the Gesprekken screen (also from elsewhere, e.g. a contact's timeline). */
  async open(id: string): Promise<void> {
    app.view = 'conversations';
    this.leaveThen(() => void this.load(id).catch((error: Error) => app.say(error.message)));
  }

  /** Starts planning a new conversation, with `contactId` filled in when given. */
  async startNew(contactId?: string): Promise<void> {
    app.view = 'conversations';
    this.leaveThen(() => {
      this.openSeq++;
      this.mode = 'new';
      this.selectedId = null;
      this.selected = null;
      this.messages.clear();
      this.step = 'prepare';
      this.setDraft(emptyDraft(contactId ?? null));
      if (contactId) void this.resolveNames([contactId]);
    });
  }

  /** Closes the editor; the caller has made sure nothing unsaved is lost. */
  close(): void {
    this.openSeq++;
    this.mode = 'none';
    this.selectedId = null;
    this.selected = null;
    this.draft = null;
    this.messages.clear();
  }

  /** Throws the unsaved changes away: back to the saved conversation, or nothing for a new one. */
  revert(): void {
    if (this.mode === 'edit' && this.selected) {
      this.setDraft(toDraft(this.selected));
      this.messages.clear();
    } else this.close();
  }

  private async load(id: string): Promise<void> {
    const seq = ++this.openSeq;
    this.selectedId = id;
    const conversation = await unwrap(api.conversations.get({ id }));
    // Looked up again: a name may have changed on the contacts screen since.
    await this.resolveNames(this.idsIn(conversation), { again: true });
    if (seq !== this.openSeq) return;
    this.mode = 'edit';
    this.selected = conversation;
    this.messages.clear();
    this.step = stepFor(conversation);
    this.setDraft(toDraft(conversation));
  }

  private setDraft(draft: Draft): void {
    this.draft = draft;
    this.baseline = JSON.stringify(draft);
  }

  private idsIn(c: Conversation): string[] {
    const referred = (c.evaluation?.referrals ?? []).flatMap((r) => (r.contactId ? [r.contactId] : []));
    return [c.contactId, ...c.participantIds, ...referred];
  }

  /** Looks up the names of contacts (not known yet, or all `again`); someone deleted has no name. */
  async resolveNames(ids: string[], { again = false } = {}): Promise<void> {
    const unknown = [...new Set(ids)].filter((id) => again || !(id in this.names));
    const found = await Promise.all(unknown.map((id) => unwrap(api.contacts.get({ id })).catch(() => null)));
    for (const c of found) if (c) this.names[c.id] = c.name;
  }

  /**
   * Checks the draft with the schema main uses, then creates or updates. Returns the saved conversation,
   * or null when input was refused (the messages are then in `messages`, and the first field has focus).
   */
  async save(): Promise<Conversation | null> {
    const draft = this.draft;
    if (!draft || this.busy) return null;
    const payload = toPayload(draft);
    // The payload holds '' for no contact, which the schema would call invalid: say what is missing.
    const own = { contactId: draft.contactId ? undefined : ('required' as const) };
    const schema = this.mode === 'edit' ? ConversationChanges : ConversationFields;
    if (!(await this.messages.check(schema, payload, own))) return null;
    this.busy = true;
    try {
      const saved =
        this.mode === 'edit' && this.selected
          ? await unwrap(api.conversations.update({ id: this.selected.id, changes: payload }))
          : await unwrap(api.conversations.create(payload));
      this.openSeq++;
      this.mode = 'edit';
      this.selectedId = saved.id;
      this.selected = saved;
      this.messages.clear();
      this.setDraft(toDraft(saved));
      // Held, thanked or given a next step: core adds or finishes reminders for it.
      reminders.changed();
      await this.refresh();
      return saved;
    } catch (error) {
      // An update's fields come back as `changes.…`.
      if (await this.messages.refused(error, 'changes')) return null;
      throw error;
    } finally {
      this.busy = false;
    }
  }

  /** The conversation took place: it moves to "gehouden" (a future date becomes today) and is saved. */
  async markHeld(): Promise<Conversation | null> {
    if (!this.draft) return null;
    this.draft.status = 'gehouden';
    if (this.draft.date > localDate()) this.draft.date = localDate();
    return this.save();
  }

  /** Undoes "gehouden" for a conversation marked so by mistake. */
  async markPlanned(): Promise<Conversation | null> {
    if (!this.draft) return null;
    this.draft.status = 'gepland';
    return this.save();
  }

  /** One click: thanked today (in the way chosen, if any), and saved. */
  async thankToday(): Promise<Conversation | null> {
    if (!this.draft) return null;
    this.draft.thanks = { thanked: true, how: this.draft.thanks.how, on: localDate() };
    return this.save();
  }

  async remove(): Promise<void> {
    if (!this.selected) {
      this.close();
      return;
    }
    await unwrap(api.conversations.delete({ id: this.selected.id }));
    this.close();
    reminders.changed();
    await this.refresh();
  }

  hasQuestion(text: string): boolean {
    return !!this.draft?.questions.some((q) => q.text.trim() === text.trim());
  }

  /** Adds a question to the conversation, or takes it out again when it was picked already. */
  toggleQuestion(text: string): void {
    if (!this.draft) return;
    const index = this.draft.questions.findIndex((q) => q.text.trim() === text.trim());
    if (index >= 0) this.draft.questions.splice(index, 1);
    else this.draft.questions.push({ id: newId(), text, answered: false, answer: '' });
  }

  /** Keeps one of the person's own questions in the bank, for later conversations. */
  async keepQuestion(purpose: QuestionPurpose, text: string): Promise<void> {
    const kept = await unwrap(api.questions.add({ purpose, text }));
    this.ownQuestions = [...this.ownQuestions, kept];
  }

  async forgetQuestion(id: string): Promise<void> {
    await unwrap(api.questions.delete({ id }));
    this.ownQuestions = this.ownQuestions.filter((q) => q.id !== id);
  }

  /**
   * First half of "Maak contact": saves the conversation so the referral exists in the journal, then asks
   * for contacts with a similar name. Null when the draft could not be saved.
   */
  async similarToReferral(referralId: string): Promise<ContactSummary[] | null> {
    if (this.mode !== 'edit' || this.dirty) {
      if (!(await this.save())) return null;
    }
    const conversation = this.selected;
    const referral = conversation?.evaluation?.referrals.find((r) => r.id === referralId);
    if (!conversation || !referral) return null;
    const similar = await unwrap(api.contacts.similar({ name: referral.name }));
    // The person you talked to cannot have referred you to themselves.
    return similar.filter((c) => c.id !== conversation.contactId);
  }

  /** Second half: links the referral to `contactId`, or makes a new contact of them (null). */
  async referralToContact(referralId: string, contactId: string | null): Promise<Contact> {
    if (!this.selected) throw new Error('No conversation open');
    const result = await unwrap(
      api.conversations.referralToContact({ conversationId: this.selected.id, referralId, contactId }),
    );
    this.names[result.contact.id] = result.contact.name;
    this.selected = result.conversation;
    this.setDraft(toDraft(result.conversation));
    this.contactCount = (this.contactCount ?? 0) + (contactId ? 0 : 1);
    reminders.changed();
    await this.refresh();
    return result.contact;
  }

  /**
   * A reminder action changed this conversation in the journal (completing a thank-you marks it
   * thanked): the list, and the editor when it shows it, are brought up to date. Typing in progress
   * stays; only the thank-you part of the draft follows the journal.
   */
  async reloadChanged(id: string): Promise<void> {
    if (this.loaded) await this.refresh();
    if (this.selectedId !== id || this.mode !== 'edit') return;
    const seq = this.openSeq;
    const fresh = await unwrap(api.conversations.get({ id }));
    if (seq !== this.openSeq || !this.draft) return;
    this.selected = fresh;
    if (this.dirty) this.draft.thanks = toDraft(fresh).thanks;
    else this.setDraft(toDraft(fresh));
  }

  /** Leaves for the contacts screen with `id` open; the draft stays here. */
  showContact(id: string): void {
    app.view = 'contacts';
    if (contacts.mode !== 'view') contacts.cancelEdit();
    contacts.select(id).catch((error: Error) => app.say(error.message));
  }
}

export const conversations = new ConversationsState();

reminders.onConversationChange((id) => {
  conversations.reloadChanged(id).catch(() => undefined);
});
