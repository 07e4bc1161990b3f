import { describe, expect, it } from 'vitest';
import type { Contact, Conversation, PlannedAction } from '../../contract/domain';
import { samplePlannedConversation, sampleContact } from '../testing/sample-records';
import { suggestToPlan } from './suggestions';

const person = (id: string, fields: Partial<Contact>): Contact => ({
  ...sampleContact,
  id,
  name: id,
  archived: false,
  importedAt: null,
  lastContactOn: null,
  ...fields,
});
const action = (contactId: string, doneOn: string | null = null) => ({ contactId, doneOn }) as PlannedAction;

const today = '2026-12-03';
function suggest(
  contacts: Contact[],
  extra: { actions?: PlannedAction[]; conversations?: Conversation[]; limit?: number } = {},
) {
  return suggestToPlan({
    contacts,
    actions: extra.actions ?? [],
    conversations: extra.conversations ?? [],
    lastContactOn: (c) => c.lastContactOn,
    today,
    limit: extra.limit ?? 10,
  }).map((s) => s.contactId);
}

describe('whom to plan', () => {
  it('warm people first, then lauw; the longest quiet first, never in touch before them', () => {
    expect(
      suggest([
        person('lauw-never', { warmth: 'lauw' }),
        person('warm-march', { warmth: 'warm', lastContactOn: '2026-03-01' }),
        person('koud', { warmth: 'koud' }),
        person('unknown', { warmth: null }),
        person('warm-never', { warmth: 'warm' }),
        person('lauw-june', { warmth: 'lauw', lastContactOn: '2026-06-01' }),
      ]),
    ).toEqual(['warm-never', 'warm-march', 'lauw-never', 'lauw-june']);
  });

  it('leaves out whom you were in touch with in the last four weeks', () => {
    expect(
      suggest([
        person('last-week', { warmth: 'warm', lastContactOn: '2026-11-26' }),
        person('five-weeks', { warmth: 'warm', lastContactOn: '2026-10-29' }),
      ]),
    ).toEqual(['five-weeks']);
  });

  it('leaves out who already has an open action or a conversation to come, archived and unsorted people', () => {
    const planned = {
      ...samplePlannedConversation,
      contactId: 'talk',
      participantIds: ['also'],
      date: '2026-12-10',
    };
    expect(
      suggest(
        [
          person('open-action', { warmth: 'warm' }),
          person('done-action', { warmth: 'warm' }),
          person('talk', { warmth: 'warm' }),
          person('also', { warmth: 'warm' }),
          person('archived', { warmth: 'warm', archived: true }),
          person('imported', { warmth: 'warm', importedAt: '2026-11-01T10:00:00.000Z', strength: null }),
        ],
        { actions: [action('open-action'), action('done-action', '2026-11-20')], conversations: [planned] },
      ),
    ).toEqual(['done-action']);
  });

  it('gives at most the limit', () => {
    const many = Array.from({ length: 5 }, (_, i) => person(`p${i}`, { warmth: 'warm' }));
    expect(suggest(many, { limit: 2 })).toHaveLength(2);
  });
});
