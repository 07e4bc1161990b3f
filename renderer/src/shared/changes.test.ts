import { describe, expect, it } from 'vitest';
import type { ChangeKind } from '$contract/changes';
import { ChangeHub, type ChangeBatch, type ChangedEvent } from './changes';

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function changed(kinds: ChangeKind[], due = 0, incoming?: ChangedEvent['incoming']): ChangedEvent {
  return { type: 'changed', kinds, due, ...(incoming ? { incoming } : {}) };
}

/** A refresh that records each batch and, when asked, waits until released (a slow fetch). */
function recorder(options: { slow?: boolean } = {}) {
  const batches: { kinds: ChangeKind[]; due: number; incoming: ChangeBatch['incoming'] }[] = [];
  const releases: (() => void)[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const refresh = async (batch: ChangeBatch) => {
    batches.push({ kinds: [...batch.kinds].sort(), due: batch.due, incoming: batch.incoming });
    running++;
    mostAtOnce = Math.max(mostAtOnce, running);
    if (options.slow) await new Promise<void>((resolve) => releases.push(resolve));
    running--;
  };
  return {
    refresh,
    batches,
    release: () => releases.shift()?.(),
    get mostAtOnce() {
      return mostAtOnce;
    },
  };
}

describe('ChangeHub', () => {
  it('hands a change only to the stores that watch one of its kinds', async () => {
    const hub = new ChangeHub();
    const contacts = recorder();
    const reminders = recorder();
    hub.watch(['contacts'], contacts.refresh);
    hub.watch(['reminders'], reminders.refresh);
    hub.receive(changed(['questions']));
    hub.receive(changed(['reminders'], 2));
    await settle();
    expect(contacts.batches).toEqual([]);
    expect(reminders.batches).toEqual([{ kinds: ['reminders'], due: 2, incoming: null }]);
  });

  it('tells a store only the kinds it watches, of those that changed', async () => {
    const hub = new ChangeHub();
    const timeline = recorder();
    hub.watch(['conversations', 'touches', 'reminders'], timeline.refresh);
    hub.receive(changed(['contacts', 'touches', 'settings']));
    await settle();
    expect(timeline.batches.map((b) => b.kinds)).toEqual([['touches']]);
  });

  it('makes one refresh of events handed over in one go, with every kind among them', async () => {
    const hub = new ChangeHub();
    const list = recorder();
    hub.watch(['contacts', 'conversations'], list.refresh);
    hub.receive(changed(['contacts']));
    hub.receive(changed(['conversations']));
    hub.receive(changed(['contacts']));
    await settle();
    expect(list.batches).toEqual([{ kinds: ['contacts', 'conversations'], due: 0, incoming: null }]);
  });

  it('a burst while a refresh runs makes exactly one more refresh after it, never two at once', async () => {
    const hub = new ChangeHub();
    const list = recorder({ slow: true });
    hub.watch(['contacts', 'touches'], list.refresh);
    hub.receive(changed(['contacts'], 0));
    await settle();
    expect(list.batches).toHaveLength(1);
    for (let i = 1; i <= 20; i++) hub.receive(changed(i % 2 ? ['touches'] : ['contacts'], i));
    await settle();
    expect(list.batches).toHaveLength(1);
    list.release();
    await settle();
    expect(list.batches).toHaveLength(2);
    expect(list.batches[1]).toEqual({ kinds: ['contacts', 'touches'], due: 20, incoming: null });
    list.release();
    await settle();
    expect(list.batches).toHaveLength(2);
    expect(list.mostAtOnce).toBe(1);
  });

  it('a slow store does not hold up another', async () => {
    const hub = new ChangeHub();
    const slow = recorder({ slow: true });
    const quick = recorder();
    hub.watch(['reminders'], slow.refresh);
    hub.watch(['reminders'], quick.refresh);
    hub.receive(changed(['reminders']));
    await settle();
    hub.receive(changed(['reminders']));
    await settle();
    expect(quick.batches).toHaveLength(2);
    expect(slow.batches).toHaveLength(1);
  });

  it('stops refreshing a store once it stops watching, also a refresh that was still to come', async () => {
    const hub = new ChangeHub();
    const list = recorder({ slow: true });
    const stop = hub.watch(['contacts'], list.refresh);
    hub.receive(changed(['contacts']));
    await settle();
    hub.receive(changed(['contacts']));
    stop();
    list.release();
    await settle();
    hub.receive(changed(['contacts']));
    await settle();
    expect(list.batches).toHaveLength(1);
  });

  it('does not fetch for a store that shows nothing now; it does once it shows something', async () => {
    const hub = new ChangeHub();
    const list = recorder();
    let shown = false;
    hub.watch(['reminders'], list.refresh, { when: () => shown });
    hub.receive(changed(['reminders']));
    await settle();
    expect(list.batches).toEqual([]);
    shown = true;
    hub.receive(changed(['reminders'], 1));
    await settle();
    // Only the change since it is shown: what came before, it fetched when it was shown.
    expect(list.batches).toEqual([{ kinds: ['reminders'], due: 1, incoming: null }]);
  });

  it('keeps going after a refresh that failed', async () => {
    const hub = new ChangeHub();
    let calls = 0;
    hub.watch(['contacts'], async () => {
      calls++;
      if (calls === 1) throw new Error('Het dagboek is niet bereikbaar.');
    });
    hub.receive(changed(['contacts']));
    await settle();
    hub.receive(changed(['contacts']));
    await settle();
    expect(calls).toBe(2);
  });

  it('adds up what came in from outside over a burst, and starts again from nothing after', async () => {
    const hub = new ChangeHub();
    const sync = recorder({ slow: true });
    hub.watch(['journal'], sync.refresh);
    hub.receive(changed(['journal'], 0, { added: 1, changed: 0, deleted: 0, conflicts: 0 }));
    await settle();
    hub.receive(changed(['contacts', 'journal'], 0, { added: 2, changed: 1, deleted: 0, conflicts: 0 }));
    hub.receive(changed(['journal'], 0));
    hub.receive(changed(['journal'], 0, { added: 0, changed: 0, deleted: 1, conflicts: 1 }));
    sync.release();
    await settle();
    sync.release();
    hub.receive(changed(['journal']));
    await settle();
    expect(sync.batches.map((b) => b.incoming)).toEqual([
      { added: 1, changed: 0, deleted: 0, conflicts: 0 },
      { added: 2, changed: 1, deleted: 1, conflicts: 1 },
      null,
    ]);
  });

  it('a store that starts watching hears of later changes only', async () => {
    const hub = new ChangeHub();
    const early = recorder();
    hub.watch(['contacts'], early.refresh);
    hub.receive(changed(['contacts'], 1));
    const late = recorder();
    hub.watch(['contacts'], late.refresh);
    await settle();
    hub.receive(changed(['contacts'], 2));
    await settle();
    expect(early.batches.map((b) => b.due)).toEqual([1, 2]);
    expect(late.batches.map((b) => b.due)).toEqual([2]);
  });
});

describe('a store that refreshes itself', () => {
  /** Like the Herinneringen store: the count always, the list only once it has been shown. */
  class RemindersLike {
    due = 0;
    loaded = false;
    listFetches = 0;
    constructor(hub: ChangeHub) {
      hub.watch(['reminders'], (batch) => {
        this.due = batch.due;
      });
      hub.watch(['reminders', 'contacts', 'conversations', 'settings'], () => this.fetchList(), {
        when: () => this.loaded,
      });
    }
    async fetchList() {
      this.listFetches++;
      this.loaded = true;
    }
  }

  it('follows the due count from every change of the reminders, without fetching a list never shown', async () => {
    const hub = new ChangeHub();
    const store = new RemindersLike(hub);
    hub.receive(changed(['conversations', 'reminders'], 1));
    await settle();
    expect([store.due, store.listFetches]).toEqual([1, 0]);
  });

  it('fetches its shown list again for a renamed contact, not for a new question', async () => {
    const hub = new ChangeHub();
    const store = new RemindersLike(hub);
    await store.fetchList();
    hub.receive(changed(['questions']));
    await settle();
    expect(store.listFetches).toBe(1);
    hub.receive(changed(['contacts']));
    await settle();
    expect(store.listFetches).toBe(2);
    expect(store.due).toBe(0);
  });
});
