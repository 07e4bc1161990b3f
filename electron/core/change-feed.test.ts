/**
 * The change event: after every write, whoever made it, core tells which kinds of data changed, once;
 * after a read, a refused write or a write that changed nothing, it tells nothing.
 */
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent, Result } from '../contract/contract';
import { ContactFields, type Contact, type Journal } from '../contract/domain';
import { ChangeFeed, journalVersions, type ChangedEvent, type Versions } from './change-feed';
import { emptyJournal } from './journal/journal-store';
import { POLL_MS } from './journal/journal-watch';
import { serializeJournal } from './journal/serialize';
import { openNetwerkdagboek, type CorePorts, type Netwerkdagboek } from './netwerkdagboek';
import { ManualClock } from './testing/manual-clock';
import { SettingsStore } from './settings/settings';

/** Lets queued microtasks and I/O callbacks run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('ChangeFeed', () => {
  function feed(start: Partial<Versions> = {}) {
    const none: Versions = {
      contacts: [1],
      conversations: [1],
      touches: [1],
      questions: [1],
      reminders: [1],
      dismissals: [1],
      plan: [1],
      settings: ['{}'],
      journal: [1, 1],
    };
    let versions: Versions = { ...none, ...start };
    let due = 0;
    const told: ChangedEvent[] = [];
    const changes = new ChangeFeed({
      versions: () => versions,
      dueCount: () => due,
      emit: (event) => told.push(event),
    });
    return {
      changes,
      told,
      set(next: Partial<Versions>) {
        versions = { ...versions, ...next };
      },
      setDue(next: number) {
        due = next;
      },
    };
  }

  it('tells nothing when a look finds every version the same', async () => {
    const f = feed();
    f.changes.look();
    f.changes.look();
    await settle();
    expect(f.told).toEqual([]);
  });

  it('gathers every look of one tick into one event, its kinds in the contract’s order', async () => {
    const f = feed();
    f.set({ reminders: [2] });
    f.changes.look();
    f.set({ contacts: [2] });
    f.changes.look();
    f.set({ conversations: [2] });
    f.changes.look();
    expect(f.told).toEqual([]);
    await settle();
    expect(f.told).toEqual([{ type: 'changed', kinds: ['contacts', 'conversations', 'reminders'], due: 0 }]);
  });

  it('tells a new write in a later tick as a new event, and only what changed since', async () => {
    const f = feed();
    f.set({ contacts: [2] });
    f.changes.look();
    await settle();
    f.set({ touches: [2] });
    f.changes.look();
    await settle();
    expect(f.told.map((e) => e.kinds)).toEqual([['contacts'], ['touches']]);
  });

  it('compares each part of a version: one changed value of several is a change', async () => {
    const f = feed();
    f.set({ journal: [1, 2] });
    f.changes.look();
    await settle();
    expect(f.told.map((e) => e.kinds)).toEqual([['journal']]);
  });

  it('tells a due count that moved without a write (a new day) as a change of the reminders', async () => {
    const f = feed();
    f.setDue(3);
    f.changes.look();
    await settle();
    expect(f.told).toEqual([{ type: 'changed', kinds: ['reminders'], due: 3 }]);
    f.changes.look();
    await settle();
    expect(f.told).toHaveLength(1);
  });

  it('a change from outside: the notices are looked at again and what came in is told, added up', async () => {
    const f = feed();
    f.set({ contacts: [2] });
    f.changes.look({ incoming: { added: 1, changed: 0, deleted: 0, conflicts: 0 } });
    f.changes.look({ incoming: { added: 2, changed: 1, deleted: 1, conflicts: 1 } });
    await settle();
    expect(f.told).toEqual([
      {
        type: 'changed',
        kinds: ['contacts', 'journal'],
        due: 0,
        incoming: { added: 3, changed: 1, deleted: 1, conflicts: 1 },
      },
    ]);
    // Became writable (no report): the notices only.
    f.changes.look({ incoming: null });
    await settle();
    expect(f.told[1]).toEqual({ type: 'changed', kinds: ['journal'], due: 0 });
  });

  it('announces the reminders and the due count once, with whatever else changed in that tick', async () => {
    const f = feed();
    f.setDue(2);
    f.changes.announce();
    f.set({ contacts: [2] });
    f.changes.look();
    await settle();
    expect(f.told).toEqual([{ type: 'changed', kinds: ['contacts', 'reminders'], due: 2 }]);
  });

  it('tells nothing once stopped, not even what was gathered before', async () => {
    const f = feed();
    f.set({ contacts: [2] });
    f.changes.look();
    f.changes.stop();
    await settle();
    f.set({ contacts: [3] });
    f.changes.look();
    await settle();
    expect(f.told).toEqual([]);
  });

  it('journalVersions compares the settings and the copies by what they show, not by identity', () => {
    let settings = { language: 'nl', windowBounds: 1 };
    const copies = { copies: [] as object[] };
    const store = {
      data: emptyJournal(),
      path: '/a/journal.json',
      readOnly: false,
      notice: null,
      lockedBy: null,
    };
    const versions = journalVersions(
      store,
      { get: () => settings },
      () => ({ language: settings.language }),
      copies,
    );
    const first = versions();
    // A window moved (saved to the settings), the folder looked at again: nothing the page shows.
    settings = { ...settings, windowBounds: 2 };
    copies.copies = [];
    const second = versions();
    expect(second.settings).toEqual(first.settings);
    expect(second.journal).toEqual(first.journal);
    settings = { ...settings, language: 'en' };
    copies.copies = [{ name: 'journal (conflicted copy).json' }];
    const third = versions();
    expect(third.settings).not.toEqual(second.settings);
    expect(third.journal).not.toEqual(second.journal);
    expect(third.contacts[0]).toBe(store.data.contacts);
    // The journal can no longer be written (another window has it): its notices change.
    store.readOnly = true;
    expect(versions().journal).not.toEqual(third.journal);
  });
});

describe('the change event of a whole core', () => {
  let dir: string;
  let journalPath: string;
  let apps: Netwerkdagboek[];
  let events: AppEvent[];
  let clock: ManualClock;
  let watch: ManualClock;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ndb-changes-'));
    journalPath = join(dir, 'journal.json');
    apps = [];
    events = [];
    clock = new ManualClock('2026-11-23T10:00:00+01:00', 'Europe/Amsterdam');
    watch = new ManualClock('2026-11-23T10:00:00+01:00');
  });
  afterEach(async () => {
    for (const app of apps) await app.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  /** Opens a core; what it tells of opening is kept (for the first test) only with `announced`. */
  async function start(overrides: Partial<CorePorts> = {}, announced = false): Promise<Netwerkdagboek> {
    const app = await openNetwerkdagboek({
      journalPath,
      clock,
      timers: clock,
      watchTimers: watch,
      settings: new SettingsStore(new Conf({ cwd: join(dir, 'settings'), projectName: 'ndb-changes' })),
      systemLanguages: ['nl-NL'],
      openExternal: async () => undefined,
      showInFolder: () => undefined,
      chooseJournalLocation: async () => null,
      appVersion: '1.2.3',
      emit: (event) => events.push(event),
      ...overrides,
    });
    apps.push(app);
    await settle();
    if (!announced) events.length = 0;
    return app;
  }

  /** The change events told since the last call. */
  function told(): ChangedEvent[] {
    const changed = events.filter((e): e is ChangedEvent => e.type === 'changed');
    events.length = 0;
    return changed;
  }

  function ok<T>(result: Result<unknown>): T {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data as T;
  }

  const jan = async (app: Netwerkdagboek) =>
    ok<{ id: string }>(await app.dispatch('contacts:create', { name: 'Jan de Vries' }));

  it('opening tells only the due count, once (for the app’s icon); the page reads the rest itself', async () => {
    await start({}, true);
    expect(told()).toEqual([{ type: 'changed', kinds: ['reminders'], due: 0 }]);
  });

  it('a contact added: one event, the contacts changed', async () => {
    const app = await start();
    await jan(app);
    expect(told()).toEqual([{ type: 'changed', kinds: ['contacts'], due: 0 }]);
  });

  it('reads tell nothing', async () => {
    const app = await start();
    const contact = await jan(app);
    told();
    await app.dispatch('contacts:list', {});
    await app.dispatch('contacts:get', { id: contact.id });
    await app.dispatch('reminders:list', undefined);
    await app.dispatch('app:status', undefined);
    await app.dispatch('settings:get', undefined);
    await settle();
    expect(told()).toEqual([]);
  });

  it('a refused write (bad input, not found) tells nothing', async () => {
    const app = await start();
    expect((await app.dispatch('contacts:create', { name: '' })).ok).toBe(false);
    expect((await app.dispatch('contacts:update', { id: 'gone', changes: { role: 'x' } })).ok).toBe(false);
    expect((await app.dispatch('reminders:complete', { id: 'gone', thanksHow: null })).ok).toBe(false);
    await settle();
    expect(told()).toEqual([]);
  });

  it('a settings update that changes nothing tells nothing; a new language tells the settings', async () => {
    const app = await start();
    ok(await app.dispatch('settings:update', { language: 'system' }));
    await settle();
    expect(told()).toEqual([]);
    ok(await app.dispatch('settings:update', { language: 'en' }));
    expect(told()).toEqual([{ type: 'changed', kinds: ['settings'], due: 0 }]);
  });

  it('a conversation held: its thank-you is made in the same write, told as one event', async () => {
    const app = await start();
    const contact = await jan(app);
    const c = ok<{ id: string }>(
      await app.dispatch('conversations:create', { contactId: contact.id, date: '2026-11-23' }),
    );
    told();
    ok(await app.dispatch('conversations:update', { id: c.id, changes: { status: 'gehouden' } }));
    // The thank-you is due tomorrow morning: not in today's count yet.
    expect(told()).toEqual([{ type: 'changed', kinds: ['conversations', 'reminders'], due: 0 }]);
  });

  it('a touch tells the touches (a contact’s last contact is worked out from them, not written)', async () => {
    const app = await start();
    const contact = await jan(app);
    told();
    ok(await app.dispatch('touches:add', { contactId: contact.id, channel: 'bericht', on: '2026-11-22' }));
    expect(told()).toEqual([{ type: 'changed', kinds: ['touches'], due: 0 }]);
  });

  it('a contact deleted with their conversations: one event for all that went with them', async () => {
    const app = await start();
    const contact = await jan(app);
    const c = ok<{ id: string }>(
      await app.dispatch('conversations:create', { contactId: contact.id, date: '2026-11-20' }),
    );
    ok(await app.dispatch('conversations:update', { id: c.id, changes: { status: 'gehouden' } }));
    told();
    ok(await app.dispatch('contacts:delete', { id: contact.id, withConversations: true }));
    expect(told()).toEqual([{ type: 'changed', kinds: ['contacts', 'conversations', 'reminders'], due: 0 }]);
  });

  it('a sync tool’s conflict copy appearing beside the journal tells the journal’s notices', async () => {
    const app = await start();
    await jan(app);
    await app.store.flush();
    told();
    await writeFile(
      join(dir, "journal (Jan's conflicted copy 2026-11-23).json"),
      serializeJournal(app.store.data),
    );
    watch.advance(POLL_MS);
    await expect.poll(() => told()).toEqual([{ type: 'changed', kinds: ['journal'], due: 0 }]);
  });

  it('an own question tells the questions only', async () => {
    const app = await start();
    ok(await app.dispatch('questions:add', { purpose: 'verkennen', text: 'Hoe ziet je week eruit?' }));
    expect(told()).toEqual([{ type: 'changed', kinds: ['questions'], due: 0 }]);
  });

  it('a reminder falling due, with no call at all, tells the reminders and the new due count', async () => {
    const app = await start();
    ok(
      await app.dispatch('reminders:create', {
        title: 'Vacature bekijken',
        date: '2026-11-23',
        time: '14:00',
      }),
    );
    expect(told()).toEqual([{ type: 'changed', kinds: ['reminders'], due: 1 }]);
    clock.advanceTo('2026-11-23T14:01:00+01:00');
    await settle();
    // Noted in the journal as shown (once), so a restart does not show it again.
    expect(told()).toEqual([{ type: 'changed', kinds: ['reminders'], due: 1 }]);
    clock.advance(60 * 60_000);
    await settle();
    expect(told()).toEqual([]);
  });

  it('a new day moves the due count without a write, and the page hears of it', async () => {
    const app = await start();
    ok(await app.dispatch('reminders:create', { title: 'Bellen', date: '2026-11-24', time: '09:00' }));
    expect(told()).toEqual([{ type: 'changed', kinds: ['reminders'], due: 0 }]);
    clock.advanceTo('2026-11-24T00:06:00+01:00');
    await settle();
    expect(told()).toEqual([{ type: 'changed', kinds: ['reminders'], due: 1 }]);
  });

  it('a new day is told even when nothing falls due, so Overzicht and the filters move on', async () => {
    await start();
    // An empty journal: no reminder and no due count to change.
    clock.advanceTo('2026-11-23T23:55:00+01:00');
    await settle();
    expect(told()).toEqual([]);
    clock.advanceTo('2026-11-24T00:06:00+01:00');
    await settle();
    expect(told()).toEqual([{ type: 'changed', kinds: ['reminders'], due: 0 }]);
    clock.advance(60 * 60_000);
    await settle();
    expect(told()).toEqual([]);
  });

  it('a notification’s button (later) tells the reminders', async () => {
    const app = await start();
    // Made an hour before it falls due (the wall clock only), so it is due now.
    clock.jumpTo('2026-11-23T08:00:00+01:00');
    const r = ok<{ id: string }>(
      await app.dispatch('reminders:create', { title: 'Bellen', date: '2026-11-23', time: '09:00' }),
    );
    clock.jumpTo('2026-11-23T10:00:00+01:00');
    told();
    expect(app.schedule.notificationAction(r.id, 'snooze')).toBeNull();
    await settle();
    expect(told()).toEqual([{ type: 'changed', kinds: ['reminders'], due: 1 }]);
    // Gone: nothing done, nothing told.
    expect(app.schedule.notificationAction('gone', 'snooze')).toBeNull();
    await settle();
    expect(told()).toEqual([]);
  });

  it('a merge from a synced copy of the file tells what came in, with the kinds it changed', async () => {
    const contact = (id: string, name: string): Contact => ({
      id,
      ...ContactFields.parse({ name }),
      archived: false,
      importedAt: null,
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
    });
    const fromOutside = async (journal: Journal) => {
      await writeFile(`${journalPath}.incoming`, serializeJournal(journal));
      await rename(`${journalPath}.incoming`, journalPath);
    };
    await fromOutside({ ...emptyJournal(), contacts: [contact('a', 'Anna')] });
    const app = await start();
    told();
    await fromOutside({ ...emptyJournal(), contacts: [contact('a', 'Anna'), contact('b', 'Bram')] });
    watch.advance(POLL_MS);
    await expect.poll(() => app.store.data.contacts.length).toBe(2);
    await settle();
    // Only the contacts came in; the notices are looked at again (there may be conflicts now).
    expect(told()).toEqual([
      {
        type: 'changed',
        kinds: ['contacts', 'journal'],
        due: 0,
        incoming: { added: 1, changed: 0, deleted: 0, conflicts: 0 },
      },
    ]);
  });

  it('a closed core tells nothing more, whatever still arrives', async () => {
    const app = await start();
    await app.close();
    await app.dispatch('contacts:create', { name: 'Na het sluiten' });
    clock.advance(24 * 60 * 60_000);
    await settle();
    expect(told()).toEqual([]);
  });
});
