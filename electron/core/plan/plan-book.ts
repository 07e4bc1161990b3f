/**
 * The network plan's records (issue 14): "Mijn doel", hulpvragen and whom they were put to. Every
 * change is one write; a record is replaced, never changed in place, with `updatedAt` moved on so the
 * later version wins when two computers merge.
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type {
  ContactAskView,
  HelpAskView,
  HelpRequestView,
  ParsedInput,
  ProfileView,
} from '../../contract/contract';
import {
  PROFILE_ID,
  type FieldErrorCode,
  type HelpAsk,
  type HelpRequest,
  type HelpRequestStatus,
  type Journal,
  type ProfileFields,
} from '../../contract/domain';
import { isLaterDay } from '../../contract/rules/when';
import { withAdded } from '../array-changes';
import type { Clock } from '../clock';
import type { ContactBook } from '../contacts/contact-book';
import type { ConversationBook } from '../conversations/conversation-book';
import { DomainError } from '../errors';
import type { JournalStore } from '../journal/journal-store';
import { today } from '../reminders/local-time';
import { withoutPlanRecord } from './plan-records';

/** "Mijn doel" before anything was written: every part empty. */
export function emptyProfile(): ProfileFields {
  return {
    name: '',
    lookingFor: { role: '', field: '', region: '', organisationKind: '' },
    pitch: '',
    successStories: [],
    questions: { want: '', can: '', offer: '', where: '', whoCanHelp: '' },
    reached: null,
  };
}

export class PlanBook {
  constructor(
    private readonly store: JournalStore,
    private readonly contacts: ContactBook,
    private readonly conversations: Pick<ConversationBook, 'find'>,
    private readonly clock: Clock,
    private readonly newId: () => string = randomUUID,
  ) {}

  profile(): ProfileView {
    const stored = profileOf(this.store.data);
    if (!stored) return { profile: emptyProfile(), savedAt: null };
    const { id: _, createdAt: __, updatedAt, name, ...profile } = stored;
    return { profile: { name: name ?? '', ...profile }, savedAt: updatedAt };
  }

  /**
   * Saves Mijn doel whole. Nothing that differs from what is on disk: no write, and the version stays (a
   * merge would take it as an edit). `since` is the version the form started from (`savedAt`, null for
   * none): when the profile on disk is another one by now (a merge from the other computer), the save is
   * refused (`changed_elsewhere`) rather than putting the older form's parts over the newer ones.
   */
  saveProfile(fields: ProfileFields, since?: string | null): ProfileView {
    const now = this.clock.now().toISOString();
    const stored = profileOf(this.store.data);
    const current = this.profile();
    if (isDeepStrictEqual(current.profile, fields)) return current;
    if (since !== undefined && since !== current.savedAt) throw new DomainError('changed_elsewhere');
    if (fields.reached && isLaterDay(fields.reached.on, today(this.clock))) {
      throw new DomainError('invalid_input', { 'reached.on': 'in_future' });
    }
    const next = {
      id: stored?.id ?? PROFILE_ID,
      ...fields,
      createdAt: stored?.createdAt ?? now,
      updatedAt: now,
    };
    this.store.update((j) => ({
      ...j,
      profile: stored ? j.profile.map((p) => (p === stored ? next : p)) : [...j.profile, next],
    }));
    return this.profile();
  }

  /** Open ones first, then answered and withdrawn; within each, the newest first. */
  listRequests(): HelpRequestView[] {
    const j = this.store.data;
    const order = { open: 0, beantwoord: 1, ingetrokken: 1 } as const;
    return [...j.helpRequests]
      .sort(
        (a, b) =>
          order[a.status] - order[b.status] ||
          (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0),
      )
      .map((h) => this.viewOf(h));
  }

  createRequest(fields: ParsedInput<'helpRequests:create'>): HelpRequestView {
    const now = this.clock.now().toISOString();
    const request: HelpRequest = {
      id: this.newId(),
      ...fields,
      status: 'open',
      createdAt: now,
      closedAt: null,
      updatedAt: now,
    };
    this.store.update((j) => ({ ...j, helpRequests: withAdded(j.helpRequests, request) }));
    return this.viewOf(request);
  }

  updateRequest(id: string, changes: ParsedInput<'helpRequests:update'>['changes']): HelpRequestView {
    // Nothing that differs: no write, and the version stays (a merge would take it as an edit).
    return this.replaceRequest(id, (h) =>
      Object.entries(changes).every(([key, value]) => h[key as keyof typeof h] === value)
        ? h
        : { ...h, ...changes },
    );
  }

  /** Answered or withdrawn from now, or open again. */
  closeRequest(id: string, status: HelpRequestStatus): HelpRequestView {
    const now = this.clock.now().toISOString();
    return this.replaceRequest(id, (h) =>
      h.status === status ? h : { ...h, status, closedAt: status === 'open' ? null : now },
    );
  }

  /** A hulpvraag goes with whom it was put to; a plan line that served it keeps its text, unlinked. */
  deleteRequest(id: string): void {
    this.request(id);
    this.store.update((j) => withoutPlanRecord(j, 'helpRequests', id));
  }

  logAsk(fields: ParsedInput<'helpRequests:logAsk'>): HelpAskView {
    this.request(fields.helpRequestId);
    const contact = this.contacts.find(fields.contactId);
    if (!contact) throw new DomainError('invalid_input', { contactId: 'unknown_reference' });
    const now = this.clock.now().toISOString();
    const ask: HelpAsk = {
      id: this.newId(),
      ...fields,
      contactName: contact.name,
      createdAt: now,
      updatedAt: now,
    };
    this.checkAsk(ask);
    this.store.update((j) => ({ ...j, helpAsks: withAdded(j.helpAsks, ask) }));
    return this.askView(ask);
  }

  updateAsk(id: string, changes: ParsedInput<'helpRequests:updateAsk'>['changes']): HelpAskView {
    const current = this.store.data.helpAsks.find((a) => a.id === id);
    if (!current) throw new DomainError('not_found');
    if (Object.entries(changes).every(([key, value]) => current[key as keyof HelpAsk] === value)) {
      return this.askView(current);
    }
    const next: HelpAsk = { ...current, ...changes, updatedAt: this.clock.now().toISOString() };
    this.checkAsk(next);
    this.store.update((j) => ({ ...j, helpAsks: j.helpAsks.map((a) => (a === current ? next : a)) }));
    return this.askView(next);
  }

  /** What was asked of one contact, the latest ask first; each with its hulpvraag's question and status. */
  asksOf(contactId: string): ContactAskView[] {
    if (!this.contacts.find(contactId)) throw new DomainError('not_found');
    const j = this.store.data;
    const requests = new Map(j.helpRequests.map((h) => [h.id, h]));
    return j.helpAsks
      .flatMap((a) => {
        const request = a.contactId === contactId ? requests.get(a.helpRequestId) : undefined;
        return request
          ? [{ ...this.askView(a), question: request.question, requestStatus: request.status }]
          : [];
      })
      .sort((a, b) => (a.askedOn < b.askedOn ? 1 : a.askedOn > b.askedOn ? -1 : 0));
  }

  private checkAsk(ask: HelpAsk): void {
    const fields: Record<string, FieldErrorCode> = {};
    const day = today(this.clock);
    if (isLaterDay(ask.askedOn, day)) fields['askedOn'] = 'in_future';
    if (ask.answeredOn !== null) {
      if (isLaterDay(ask.answeredOn, day)) fields['answeredOn'] = 'in_future';
      else if (ask.answeredOn < ask.askedOn) fields['answeredOn'] = 'invalid_date';
    }
    if (ask.conversationId !== null) {
      // The conversation that answered must be one with the person asked (the index: no scan).
      const conversation = this.conversations.find(ask.conversationId);
      if (!conversation || conversation.contactId !== ask.contactId)
        fields['conversationId'] = 'unknown_reference';
    }
    if (Object.keys(fields).length > 0) throw new DomainError('invalid_input', fields);
  }

  private request(id: string): HelpRequest {
    const found = this.store.data.helpRequests.find((h) => h.id === id);
    if (!found) throw new DomainError('not_found');
    return found;
  }

  private replaceRequest(id: string, change: (h: HelpRequest) => HelpRequest): HelpRequestView {
    const current = this.request(id);
    const changed = change(current);
    if (changed === current) return this.viewOf(current);
    const next = { ...changed, updatedAt: this.clock.now().toISOString() };
    this.store.update((j) => ({ ...j, helpRequests: j.helpRequests.map((h) => (h === current ? next : h)) }));
    return this.viewOf(next);
  }

  private viewOf(request: HelpRequest): HelpRequestView {
    const asks = this.store.data.helpAsks
      .filter((a) => a.helpRequestId === request.id)
      .sort((a, b) => (a.askedOn < b.askedOn ? -1 : a.askedOn > b.askedOn ? 1 : 0))
      .map((a) => this.askView(a));
    return { ...request, asks };
  }

  private askView(ask: HelpAsk): HelpAskView {
    const contact = ask.contactId === null ? undefined : this.contacts.find(ask.contactId);
    return { ...ask, name: contact?.name ?? ask.contactName };
  }
}

function profileOf(j: Journal) {
  return j.profile.find((p) => p.id === PROFILE_ID) ?? j.profile[0];
}
