import { randomUUID } from 'node:crypto';
import type { MessageTemplate } from '../../contract/domain';
import { unknownPlaceholders } from '../../contract/rules/message-texts';
import type { MessageTemplateFields } from '../../contract/texts';
import type { z } from 'zod';
import { withAdded, withRemoved, withReplaced } from '../array-changes';
import type { Clock } from '../clock';
import { DomainError } from '../errors';
import type { JournalStore } from '../journal/journal-store';

type Fields = z.output<typeof MessageTemplateFields>;

/**
 * The person's own texts (issue 14), beside the built-in ones, with the same placeholders. A `{…}` that
 * is no placeholder is refused when saved, so a typo ("{naaam}") never ends up in a sent text.
 */
export class MessageTemplates {
  constructor(
    private readonly store: JournalStore,
    private readonly clock: Clock,
    private readonly newId: () => string = randomUUID,
  ) {}

  list(): MessageTemplate[] {
    return [...this.store.data.messageTemplates].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  save(id: string | null, fields: Fields): MessageTemplate {
    for (const [path, text] of [
      ['body', fields.body],
      ['subject', fields.subject],
    ] as const) {
      if (unknownPlaceholders(text).length > 0) throw new DomainError('invalid_input', { [path]: 'invalid' });
    }
    const now = this.clock.now().toISOString();
    const templates = this.store.data.messageTemplates;
    if (id === null) {
      const created: MessageTemplate = { id: this.newId(), ...fields, createdAt: now, updatedAt: now };
      this.store.update((j) => ({ ...j, messageTemplates: withAdded(j.messageTemplates, created) }));
      return created;
    }
    const current = templates.find((t) => t.id === id);
    if (!current) throw new DomainError('not_found');
    // Nothing that differs: no write, and the version stays (a merge would take it as an edit).
    if (Object.entries(fields).every(([key, value]) => current[key as keyof Fields] === value))
      return current;
    const next: MessageTemplate = { ...current, ...fields, updatedAt: now };
    this.store.update((j) => ({
      ...j,
      messageTemplates:
        withReplaced(j.messageTemplates, current, next) ??
        j.messageTemplates.map((t) => (t.id === id ? next : t)),
    }));
    return next;
  }

  delete(id: string): void {
    if (!this.store.data.messageTemplates.some((t) => t.id === id)) throw new DomainError('not_found');
    this.store.update((j) => ({
      ...j,
      messageTemplates: withRemoved(j.messageTemplates, (t) => t.id === id),
    }));
  }
}
