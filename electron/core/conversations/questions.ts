import { randomUUID } from 'node:crypto';
import type { OwnQuestion, QuestionPurpose } from '../../contract/domain';
import type { Clock } from '../clock';
import { DomainError } from '../errors';
import type { JournalStore } from '../journal/journal-store';
import { fold } from '../text-search';

const sameText = (a: string, b: string) => fold(a).replace(/\s+/g, ' ') === fold(b).replace(/\s+/g, ' ');

/**
 * The person's own questions in the question bank, beside the built-in ones (which live with the UI's
 * texts, in both languages).
 */
export class QuestionBank {
  constructor(
    private readonly store: JournalStore,
    private readonly clock: Clock,
    private readonly newId: () => string = randomUUID,
  ) {}

  /** In the order they were added. */
  list(): OwnQuestion[] {
    return this.store.data.ownQuestions;
  }

  /** Keeps a question; one already in the bank for the same purpose (ignoring case and accents) is kept once. */
  add(fields: { purpose: QuestionPurpose; text: string }): OwnQuestion {
    const existing = this.list().find((q) => q.purpose === fields.purpose && sameText(q.text, fields.text));
    if (existing) return existing;
    const question: OwnQuestion = { id: this.newId(), ...fields, createdAt: this.clock.now().toISOString() };
    this.store.update((j) => ({ ...j, ownQuestions: [...j.ownQuestions, question] }));
    return question;
  }

  delete(id: string): void {
    if (!this.list().some((q) => q.id === id)) throw new DomainError('not_found');
    this.store.update((j) => ({ ...j, ownQuestions: j.ownQuestions.filter((q) => q.id !== id) }));
  }
}
