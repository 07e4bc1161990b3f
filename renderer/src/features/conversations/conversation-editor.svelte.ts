import { ConversationChanges, ConversationFields, type Conversation } from '$contract/domain';
import { app } from '../../app/app.svelte';
import { api, unwrap } from '../../shared/api';
import { localDate, localNow, localTime } from '../../shared/dates/moments';
import { drafts, FormDraft } from '../../shared/forms/drafts.svelte';
import { FormMessages } from '../../shared/forms/form-messages.svelte';
import { contacts } from '../contacts/contacts.svelte';
import { conversationForm } from './conversation-form';
import {
  contactIdsIn,
  emptyDraft,
  heldBy,
  openingStep,
  stepOf,
  toDraft,
  toPayload,
  type Draft,
  type Step,
} from './draft';

/** 'none': nothing open; 'new': a conversation not saved yet; 'edit': an existing one. */
export type ConversationMode = 'none' | 'new' | 'edit';

/**
 * The conversation being prepared, recorded or evaluated: its draft, the step shown, what was refused, and
 * the guard that asks before unsaved typing is thrown away. The draft lives here rather than in the editor
 * component, so switching screens never loses typing.
 */
class ConversationEditor {
  mode = $state<ConversationMode>('none');
  selectedId = $state<string | null>(null);
  selected = $state<Conversation | null>(null);
  /** The conversation as typed, against what was last loaded or saved (shared/forms/drafts). */
  private readonly form = new FormDraft<Draft | null>(null);
  step = $state<Step>('prepare');
  /** What the editor shows of a refusal; its step opens before focus goes to the first field. */
  readonly messages = new FormMessages(conversationForm, (m) => {
    if (m.first) this.step = stepOf(m.first);
  });
  busy = $state(false);
  /** Names of contacts the draft refers to, for showing; never sent. */
  names = $state<Record<string, string>>({});
  /** What to do once the person agrees to drop unsaved changes (shown as a dialog while set). */
  pendingLeave = $state<(() => void) | null>(null);

  private openSeq = 0;
  /** A new conversation was started: the editor puts the cursor in its first field once it shows. */
  private focusFirstPending = $state(false);
  /** Opened at its Bedankje: the editor on screen brings that part into view once (see `open`). */
  thanksPending = $state(false);

  constructor() {
    // One draft at a time, kept here for the app's lifetime; counted when closing the window asks.
    drafts.track(this.form);
  }

  get draft(): Draft | null {
    return this.form.value;
  }

  /** The draft differs from what was last loaded or saved. */
  get dirty(): boolean {
    return this.form.dirty;
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
  /**
   * Opens a saved conversation; `at: 'thanks'` at its Bedankje (Vandaag's "Bedanken"), in view and
   * focused, so the person sees how to thank before anything asks how they did.
   */
  async open(id: string, at: 'start' | 'thanks' = 'start'): Promise<void> {
    app.view = 'conversations';
    this.leaveThen(() => void this.load(id, at).catch((error: Error) => app.say(error.message)));
  }

  /** Starts planning a new conversation, with `contactId` filled in when given. */
  async startNew(contactId?: string, goal?: string): Promise<void> {
    app.view = 'conversations';
    this.leaveThen(() => {
      this.openSeq++;
      this.mode = 'new';
      this.selectedId = null;
      this.selected = null;
      this.messages.clear();
      this.step = 'prepare';
      this.setDraft({ ...emptyDraft(contactId ?? null, localDate()), goal: goal ?? '' });
      this.focusFirstPending = true;
      if (contactId) void this.resolveNames([contactId]);
    });
  }

  /** True once after `startNew`: the editor on screen then focuses the first field. */
  takeFocusFirst(): boolean {
    const pending = this.focusFirstPending;
    this.focusFirstPending = false;
    return pending;
  }

  /** Whether a new conversation waits for its first field to be focused (read by the editor's effect). */
  get wantsFocusFirst(): boolean {
    return this.focusFirstPending;
  }

  /** Closes the editor; the caller has made sure nothing unsaved is lost. */
  close(): void {
    this.openSeq++;
    this.mode = 'none';
    this.selectedId = null;
    this.selected = null;
    this.form.reset(null);
    this.messages.clear();
  }

  /** Throws the unsaved changes away: back to the saved conversation, or nothing for a new one. */
  revert(): void {
    if (this.mode === 'edit' && this.selected) {
      this.setDraft(toDraft(this.selected));
      this.messages.clear();
    } else this.close();
  }

  private async load(id: string, at: 'start' | 'thanks' = 'start'): Promise<void> {
    const seq = ++this.openSeq;
    this.selectedId = id;
    const conversation = await unwrap(api.conversations.get({ id }));
    // Looked up again: a name may have changed on the contacts screen since.
    await this.resolveNames(contactIdsIn(conversation), { again: true });
    if (seq !== this.openSeq) return;
    this.mode = 'edit';
    this.selected = conversation;
    this.messages.clear();
    this.step =
      at === 'thanks' && conversation.status === 'gehouden'
        ? 'evaluation'
        : openingStep(conversation, localNow());
    this.thanksPending = at === 'thanks';
    this.setDraft(toDraft(conversation));
  }

  private setDraft(draft: Draft): void {
    this.form.reset(draft);
  }

  /** The journal's version of the open conversation, as saved just now: shown, and the new baseline. */
  showSaved(conversation: Conversation): void {
    this.openSeq++;
    this.mode = 'edit';
    this.selectedId = conversation.id;
    this.selected = conversation;
    this.messages.clear();
    this.setDraft(toDraft(conversation));
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
    const payload = toPayload($state.snapshot(draft) as Draft);
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
      this.showSaved(saved);
      // The list follows from the change event core sends after every write (see shared/changes.ts).
      return saved;
    } catch (error) {
      // An update's fields come back as `changes.…`.
      if (await this.messages.refused(error, 'changes')) return null;
      throw error;
    } finally {
      this.busy = false;
    }
  }

  /** The conversation took place: it moves to "gehouden", never later than now, and is saved. */
  async markHeld(): Promise<Conversation | null> {
    if (!this.draft) return null;
    this.draft.status = 'gehouden';
    Object.assign(this.draft, heldBy(this.draft, localDate(), localTime()));
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
  }

  /**
   * The conversations changed elsewhere (completing a thank-you on Herinneringen marks it thanked, a
   * merge from outside): the list, and the editor when it shows a saved one, are brought up to date.
   * Typing in progress stays; only the thank-you part of the draft follows the journal. Not while this
   * screen is saving: its own answer is what the editor shows then.
   */
  async reloadChanged(): Promise<void> {
    const id = this.selectedId;
    if (!id || this.mode !== 'edit' || this.busy) return;
    const seq = this.openSeq;
    const fresh = await unwrap(api.conversations.get({ id }));
    if (seq !== this.openSeq || !this.draft) return;
    this.selected = fresh;
    const draft = toDraft(fresh);
    // The same as shown (this screen's own save): the draft, and the field being typed in, stay as they are.
    if (this.form.matchesBaseline(draft)) return;
    if (this.dirty) this.draft.thanks = draft.thanks;
    else this.setDraft(draft);
  }

  /** Leaves for the contacts screen with `id` open; the draft stays here. */
  showContact(id: string): void {
    app.view = 'contacts';
    if (contacts.mode !== 'view') contacts.cancelEdit();
    contacts.select(id).catch((error: Error) => app.say(error.message));
  }
}

export const conversationEditor = new ConversationEditor();
