/**
 * Overzicht (issue 13) on the generated journal (5,000 contacts, 25,000 conversations, 5,000 touches):
 * the whole model right after open (its index built from nothing, the contacts' activity too), and the
 * model again after one change (a touch noted, a contact edited, a conversation given a B), which is
 * the index and its orders patched for what the change touched, and a walk of the Verwaterd order.
 */
import { ContactBook } from '../../electron/core/contacts/contact-book';
import { ConversationBook } from '../../electron/core/conversations/conversation-book';
import { TouchLog } from '../../electron/core/conversations/touches';
import { Overview } from '../../electron/core/overview/overview';
import { defaultSettings } from '../../electron/core/settings/settings';
import type { App } from './app';
import { openCore } from './core';
import { clock, full, TODAY } from './options';
import { median, percentile } from './stats';

const OPEN_REPS = full(7, 2);
const CHANGES = full(120, 6);

export async function measureOverview({ store }: App) {
  const settings = () => defaultSettings;
  const first: number[] = [];
  const activity: number[] = [];
  let suggestions = 0;
  let quiet = 0;
  for (let rep = 0; rep < 1 + OPEN_REPS; rep++) {
    // A contact book of its own: what the contacts' activity costs to build counts too.
    const book = new ContactBook(store, clock);
    const start = performance.now();
    // The contacts' activity first (the app has it from open on, for keeping in touch), timed apart.
    book.activity.lastContactOn(store.data.contacts[0]!);
    const built = performance.now() - start;
    const model = new Overview(store, book, clock, settings).model();
    const took = performance.now() - start;
    if (rep > 0) {
      first.push(took);
      activity.push(built);
    }
    suggestions = model.suggestions.length;
    quiet = model.quiet.total;
  }
  const book = new ContactBook(store, clock);
  const overview = new Overview(store, book, clock, settings);
  const touches = new TouchLog(store, book, clock);
  const conversations = new ConversationBook(store, book, clock);
  overview.model();
  const patched: number[] = [];
  const contacts = store.data.contacts;
  for (let i = 0; i < CHANGES; i++) {
    const someone = contacts[(i * 7919) % contacts.length]!;
    if (i % 3 === 0) touches.add({ contactId: someone.id, channel: 'bericht', on: TODAY, note: '' });
    else if (i % 3 === 1) book.update(someone.id, { strength: i % 2 ? 'een-beetje' : 'goed' });
    else {
      const c = store.data.conversations[(i * 104_729) % store.data.conversations.length]!;
      conversations.update(c.id, { threeB: c.threeB === 'bouwen' ? 'benutten' : 'bouwen' });
    }
    const start = performance.now();
    overview.model();
    patched.push(performance.now() - start);
  }
  return {
    first: median(first),
    activity: median(activity),
    patched: median(patched),
    patchedP95: percentile(patched, 95),
    suggestions,
    quiet,
  };
}

/**
 * Overzicht as the person first sees it: the journal opened as the app opens it (keeping in touch
 * reconciled, which works out the contacts' activity), then the page's first `overview:get` through
 * `dispatch`, with the structured clone IPC makes of the answer. Each rep opens a fresh copy.
 */
export async function measureOverviewAfterOpen(options: {
  freshCopy: () => Promise<{ journalPath: string; folder: string }>;
  log: (error: unknown) => void;
}): Promise<number> {
  const times: number[] = [];
  for (let rep = 0; rep < 1 + OPEN_REPS; rep++) {
    const app = await openCore({ ...(await options.freshCopy()), clock, log: options.log });
    try {
      const start = performance.now();
      const answer = await app.dispatch('overview:get', undefined);
      if (!answer.ok) throw new Error(`overview:get failed: ${answer.error.message}`);
      structuredClone(answer);
      if (rep > 0) times.push(performance.now() - start);
    } finally {
      await app.close();
    }
  }
  return median(times);
}
