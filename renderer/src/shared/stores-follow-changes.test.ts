/**
 * The real stores, over a stand-in for the preload's API: each fetches again for the kinds of change it
 * shows, while it shows them, and for nothing else; after a store's own write the change event is the one reload.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeKind } from '$contract/changes';
import { channels } from '$contract/channels';
import type { AppEvent, IncomingChanges } from '$contract/contract';
import { createApi } from '$contract/create-api';

/** The channels called since the last look, in order. */
const calls: string[] = [];
const listeners = new Set<(event: AppEvent) => void>();

const answers: Record<string, unknown> = {
  'reminders:list': {
    reminders: [],
    counts: { overdue: 0, today: 0, soon: 0, later: 0, done: 0 },
  },
  'reminders:count': { due: 0 },
  'contacts:list': { total: 0, offset: 0, contacts: [], totals: { active: 0, archived: 0 } },
  'contacts:get': { id: 'anna', name: 'Anna de Wit' },
  'conversations:list': {
    total: 0,
    offset: 0,
    planned: 0,
    conversations: [],
    totals: { planned: 0, held: 0, needsEvaluation: 0, needsThanks: 0 },
  },
  'questions:list': [],
  'insights:learnings': { points: [], months: [] },
  'app:status': {
    language: 'nl',
    version: '0.1.0',
    missedReminders: 0,
    journal: { lockedBy: null, readOnly: false },
    home: 'contacts',
  },
  'journal:sync': { conflicts: [], copies: [] },
  'contacts:create': { id: 'bram', name: 'Bram Smit', archived: false },
  'contacts:archive': { id: 'anna', name: 'Anna de Wit', archived: true },
  'contacts:delete': null,
  'reminders:skip': { id: 'herinnering-1' },
  'reminders:create': { id: 'herinnering-2' },
  'conversations:delete': null,
};

/** What core's one change event after each write says changed (main forwards it to the page). */
const writes: Record<string, ChangeKind[]> = {
  'contacts:create': ['contacts'],
  'contacts:archive': ['contacts', 'reminders'],
  'contacts:delete': ['contacts', 'conversations', 'reminders'],
  'reminders:skip': ['reminders'],
  'reminders:create': ['reminders'],
  'conversations:delete': ['conversations', 'reminders'],
};

function send(event: AppEvent) {
  for (const listener of listeners) listener(event);
}

(globalThis as unknown as { window: unknown }).window = {
  netwerkdagboek: createApi(
    channels,
    async (channel) => {
      calls.push(channel);
      const kinds = writes[channel];
      // As in the app: the write is answered, and its change event follows.
      if (kinds) setTimeout(() => send({ type: 'changed', kinds, due: 0 }));
      return { ok: true, data: answers[channel] };
    },
    (listener) => {
      listeners.add(listener as (event: AppEvent) => void);
      return () => listeners.delete(listener as (event: AppEvent) => void);
    },
  ),
};

// Imported after the stand-in is in place: `api` reads window.netwerkdagboek once.
async function loadStores() {
  return {
    app: (await import('../app/app.svelte')).app,
    listenToMain: (await import('../app/navigation')).listenToMain,
    reminders: (await import('../features/reminders/reminders.svelte')).reminders,
    contacts: (await import('../features/contacts/contacts.svelte')).contacts,
    conversations: (await import('../features/conversations/conversations.svelte')).conversations,
    conversationList: (await import('../features/conversations/conversation-list.svelte')).conversationList,
    conversationEditor: (await import('../features/conversations/conversation-editor.svelte'))
      .conversationEditor,
    learning: (await import('../features/learning/learning.svelte')).learning,
    sync: (await import('../features/journal/sync.svelte')).sync,
  };
}
let stores: Awaited<ReturnType<typeof loadStores>>;

beforeAll(async () => {
  stores = await loadStores();
  stores.listenToMain();
});

/** What main sends after a write, as the page receives it; returns once the stores are done with it. */
async function changed(kinds: ChangeKind[], due = 0, incoming?: IncomingChanges): Promise<string[]> {
  calls.length = 0;
  for (const listener of listeners) {
    listener({ type: 'changed', kinds, due, ...(incoming ? { incoming } : {}) });
  }
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  return [...calls].sort();
}

const toastText = () => stores.app.toast?.text;

beforeEach(() => {
  stores.app.view = 'contacts';
  stores.reminders.loaded = false;
  stores.contacts.loaded = false;
  stores.contacts.selectedId = null;
  stores.contacts.mode = 'view';
  stores.conversationList.loaded = false;
});

describe('the stores follow core’s change events', () => {
  it('the menu’s count follows every change of the reminders, without fetching anything', async () => {
    expect(await changed(['conversations', 'reminders'], 3)).toEqual([]);
    expect(stores.reminders.due).toBe(3);
    expect(await changed(['reminders'], 0)).toEqual([]);
    expect(stores.reminders.due).toBe(0);
  });

  it('Herinneringen on screen fetches its list for a renamed contact, not for a new question', async () => {
    stores.app.view = 'reminders';
    stores.reminders.loaded = true;
    expect(await changed(['contacts'])).toEqual(['reminders:list']);
    expect(await changed(['questions'])).toEqual([]);
  });

  it('Herinneringen off screen fetches nothing (it fetches when it opens)', async () => {
    stores.app.view = 'conversations';
    stores.reminders.loaded = true;
    expect(await changed(['reminders', 'contacts'])).not.toContain('reminders:list');
  });

  it('Contacten on screen fetches its list and the contact looked at after a touch', async () => {
    stores.contacts.loaded = true;
    stores.contacts.selectedId = 'anna';
    expect(await changed(['touches'])).toEqual(['contacts:get', 'contacts:list']);
    expect(stores.contacts.selected).toMatchObject({ name: 'Anna de Wit' });
    expect(await changed(['reminders', 'questions'])).toEqual([]);
  });

  it('the contact looked at is fetched again also while another screen shows, so it is right on return', async () => {
    stores.app.view = 'reminders';
    stores.contacts.selectedId = 'anna';
    expect(await changed(['conversations'])).toEqual(['contacts:get']);
  });

  it('an open conversation is fetched again while another screen shows: a thank-you done there is not undone by its next save', async () => {
    stores.app.view = 'reminders';
    const editor = stores.conversationEditor as unknown as {
      selectedId: string | null;
      mode: string;
      form: { reset(value: unknown): void };
    };
    editor.selectedId = 'gesprek-1';
    editor.mode = 'edit';
    editor.form.reset({});
    try {
      expect(await changed(['conversations'])).toContain('conversations:get');
    } finally {
      editor.selectedId = null;
      editor.form.reset(null);
      editor.mode = 'none';
    }
  });

  it('a contact being edited is not fetched again under the person’s hands; the list is', async () => {
    stores.contacts.loaded = true;
    stores.contacts.selectedId = 'anna';
    stores.contacts.mode = 'edit';
    expect(await changed(['contacts'])).toEqual(['contacts:list']);
  });

  it('Gesprekken on screen fetches its list, the number of contacts and the own questions', async () => {
    stores.app.view = 'conversations';
    stores.conversationList.loaded = true;
    expect(await changed(['conversations'])).toEqual(['conversations:list']);
    expect(await changed(['questions'])).toEqual(['questions:list']);
    expect(await changed(['contacts'])).toEqual(['contacts:list', 'conversations:list']);
    stores.app.view = 'contacts';
    expect(await changed(['conversations'])).not.toContain('conversations:list');
  });

  it('Wat leer ik fetches what is learned after a change of the conversations, once it has shown it', async () => {
    stores.app.view = 'learning';
    expect(await changed(['conversations'])).toEqual([]);
    stores.learning.data = { points: [], reflections: [], months: [] };
    expect(await changed(['conversations'])).toEqual(['insights:learnings']);
    expect(await changed(['touches'])).toEqual([]);
  });

  it('the journal’s notices fetch its status and the sync view, and say what came in from outside', async () => {
    stores.app.toast = null;
    const fetched = await changed(['journal'], 0, { added: 2, changed: 1, deleted: 0, conflicts: 0 });
    expect(fetched).toEqual(['app:status', 'journal:sync']);
    expect(toastText()).toMatch(/2 nieuw/);
    expect(stores.sync.view).toEqual({ conflicts: [], copies: [] });
  });
});

describe('a store’s own write', () => {
  /** How often `channel` was called for `write`, its change event included. */
  async function callsOf(channel: string, write: () => Promise<unknown>): Promise<number> {
    calls.length = 0;
    await write();
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    return calls.filter((c) => c === channel).length;
  }

  it('Contacten fetches its list once after saving, archiving or deleting a contact: the change event’s reload', async () => {
    stores.contacts.loaded = true;
    stores.contacts.mode = 'new';
    const fields = { name: 'Bram Smit' } as Parameters<typeof stores.contacts.save>[0];
    expect(await callsOf('contacts:list', () => stores.contacts.save(fields))).toBe(1);
    expect(await callsOf('contacts:list', () => stores.contacts.setArchived('anna', true))).toBe(1);
    expect(await callsOf('contacts:list', () => stores.contacts.remove('bram'))).toBe(1);
  });

  it('Herinneringen fetches its list once after skipping or adding a reminder', async () => {
    stores.app.view = 'reminders';
    stores.reminders.loaded = true;
    const row = { id: 'herinnering-1', kind: 'eigen', contactName: null } as unknown as Parameters<
      typeof stores.reminders.skip
    >[0];
    expect(await callsOf('reminders:list', () => stores.reminders.skip(row))).toBe(1);
    const own = { title: 'Cv bijwerken' } as Parameters<typeof stores.reminders.create>[0];
    expect(await callsOf('reminders:list', () => stores.reminders.create(own))).toBe(1);
  });

  it('Gesprekken fetches its list once after deleting the open conversation', async () => {
    stores.app.view = 'conversations';
    stores.conversationList.loaded = true;
    const editor = stores.conversationEditor as unknown as { selected: unknown; selectedId: string | null };
    editor.selected = { id: 'gesprek-1' };
    editor.selectedId = 'gesprek-1';
    expect(await callsOf('conversations:list', () => stores.conversationEditor.remove())).toBe(1);
  });
});
