import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact, Conversation } from '../../contract/domain';
import { ContactBook } from '../contacts/contact-book';
import { openOverviewApp, type OverviewApp } from '../testing/overview-app';
import { Overview } from './overview';

/**
 * Overzicht patched per change (overview-index.ts, overview-ranks.ts) gives exactly what a computation
 * from nothing gives: after every edit of a seeded sequence (people made, edited, archived and back,
 * deleted; conversations held and planned, touches, dismissals), the model the app keeps equals the
 * model of a fresh Overview over a fresh contact book on the same journal. Names and dates repeat on
 * purpose, so the orders' ties are tried too.
 */
let t: OverviewApp;
beforeEach(async () => {
  t = await openOverviewApp('2026-12-02T10:00:00+01:00');
});
afterEach(() => t.close());

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

const names = ['Anna de Vries', 'Bram Smit', 'anna de vries', 'Émile Bakker', 'Carla Jansen', 'Dirk'];
const circles = ['werk', 'studie', 'club', null] as const;
const warmths = ['warm', 'lauw', 'koud', null] as const;
const strengths = ['heel-goed', 'goed', 'een-beetje', null] as const;
const days = ['2026-05-01', '2026-06-15', '2026-09-30', '2026-11-20', '2026-12-01', '2026-12-02'];

function fresh(): Promise<unknown> {
  const { app, settings, clock } = t;
  const book = new ContactBook(app.store, clock);
  return Promise.resolve(new Overview(app.store, book, clock, () => settings.get()).model());
}

describe('Overzicht patched per change', () => {
  it('equals the model computed from nothing after each of 120 seeded edits', async () => {
    const pick = random(13);
    const one = <T>(list: readonly T[]): T => list[Math.floor(pick() * list.length)]!;
    const people: Contact[] = [];
    const conversations: Conversation[] = [];
    for (let i = 0; i < 20; i++) {
      people.push(
        await t.contact({
          name: one(names),
          circle: one(circles),
          warmth: one(warmths),
          strength: one(strengths),
          lastContactOn: pick() < 0.7 ? one(days.slice(0, 3)) : null,
        }),
      );
    }
    await t.model();
    const seen = { quiet: 0, suggestions: 0 };
    for (let step = 0; step < 120; step++) {
      const someone = one(people.filter((p) => p !== undefined));
      const what = Math.floor(pick() * 9);
      if (what === 0)
        people.push(await t.contact({ name: one(names), warmth: one(warmths), strength: one(strengths) }));
      else if (what === 1)
        await t.call('contacts:update', {
          id: someone.id,
          changes: { strength: one(strengths), warmth: one(warmths), circle: one(circles), name: one(names) },
        });
      else if (what === 2) {
        const { archived } = await t.call<Contact>('contacts:get', { id: someone.id });
        await t.call(archived ? 'contacts:restore' : 'contacts:archive', { id: someone.id });
      } else if (what === 3) await t.touch({ contactId: someone.id, on: one(days) });
      else if (what === 4 || what === 5) {
        const planned = what === 5;
        conversations.push(
          await t.conversation({
            contactId: someone.id,
            date: planned ? '2026-12-04' : one(days),
            ...(planned ? { status: 'gepland', thanks: undefined } : {}),
            kind: one(['bijpraten', 'orienterend', 'tips-en-namen'] as const),
          }),
        );
      } else if (what === 6 && conversations.length > 0) {
        const c = one(conversations);
        // One that went with a deleted contact answers not_found, and changes nothing.
        await t.app.dispatch('conversations:update', {
          id: c.id,
          changes: { threeB: one(['bouwen', 'benutten']) },
        });
      } else if (what === 7) {
        const model = await t.model();
        const shown = model.suggestions[0];
        if (shown) await t.call('overview:dismiss', { key: shown.key });
      } else if (what === 8 && people.length > 8) {
        const result = await t.app.dispatch('contacts:delete', { id: someone.id, withConversations: true });
        if (result.ok) people.splice(people.indexOf(someone), 1);
      }
      const patched = await t.model();
      expect(patched, `after step ${step} (edit ${what})`).toEqual(await fresh());
      seen.quiet = Math.max(seen.quiet, patched.quiet.total);
      seen.suggestions = Math.max(seen.suggestions, patched.suggestions.length);
    }
    // The sequence did reach what the orders pick from.
    expect(seen.quiet).toBeGreaterThan(2);
    expect(seen.suggestions).toBeGreaterThan(2);
  });
});
