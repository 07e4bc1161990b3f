import type { IncomingChanges, SyncView } from '$contract/contract';
import { api, unwrap } from '../../shared/api';
import { i18n } from '../../shared/i18n/i18n.svelte';
import { app } from '../../app/app.svelte';
import { contacts } from '../contacts/contacts.svelte';
import { conversations } from '../conversations/conversations.svelte';
import { reminders } from '../reminders/reminders.svelte';

/**
 * The journal as shared between windows and computers: conflicts to choose between, sync tools' conflict
 * copies to merge. When main says the journal changed from outside, every list on screen is fetched again
 * (an open form is left alone: what the person is typing is theirs).
 */
class SyncState {
  view = $state<SyncView>({ conflicts: [], copies: [] });
  busy = $state(false);

  async load(): Promise<void> {
    this.view = await unwrap(api.journal.sync());
  }

  /** Main's `journal-changed`: what came in (or null: the journal's status changed). */
  async changedElsewhere(incoming: IncomingChanges | null): Promise<void> {
    const wasLocked = app.status?.journal.lockedBy != null;
    app.status = await unwrap(api.app.status());
    await Promise.all([this.load(), refreshLists()]);
    if (incoming && total(incoming) > 0) app.say(describe(incoming));
    else if (wasLocked && !app.status.journal.lockedBy) app.say(i18n.t.sync.nowWritable);
  }

  async keep(id: string, keep: 'shown' | 'other'): Promise<void> {
    await this.run(async () => {
      this.view = await unwrap(api.journal.resolveConflict({ id, keep }));
      await refreshLists();
      app.say(i18n.t.sync.kept);
    });
  }

  async merge(name: string): Promise<void> {
    await this.run(async () => {
      const { incoming, sync } = await unwrap(api.journal.mergeCopy({ name }));
      this.view = sync;
      await refreshLists();
      app.say(total(incoming) > 0 ? `${i18n.t.sync.merged} ${describe(incoming)}` : i18n.t.sync.nothingNew);
    });
  }

  async ignore(name: string): Promise<void> {
    await this.run(async () => {
      this.view = await unwrap(api.journal.ignoreCopy({ name }));
      app.say(i18n.t.sync.ignored);
    });
  }

  private async run(task: () => Promise<void>): Promise<void> {
    this.busy = true;
    try {
      await task();
    } catch (error) {
      app.say((error as Error).message);
    } finally {
      this.busy = false;
    }
  }
}

function total(c: IncomingChanges): number {
  return c.added + c.changed + c.deleted + c.conflicts;
}

/** "3 nieuw, 1 gewijzigd" in the UI language. */
function describe(c: IncomingChanges): string {
  const t = i18n.t.sync;
  const parts = [
    c.added && i18n.plural(t.added, c.added),
    c.changed && i18n.plural(t.changed, c.changed),
    c.deleted && i18n.plural(t.removed, c.deleted),
    c.conflicts && i18n.plural(t.toChoose, c.conflicts),
  ].filter(Boolean);
  return t.incoming(parts.join(', '));
}

/** The lists that were shown are fetched again; a contact being looked at (not edited) too. */
async function refreshLists(): Promise<void> {
  const jobs: Promise<unknown>[] = [contacts.refresh()];
  if (contacts.selectedId && contacts.mode === 'view') {
    jobs.push(contacts.select(contacts.selectedId).catch(() => contacts.select(null)));
  }
  if (conversations.loaded) jobs.push(conversations.refresh());
  reminders.changed();
  await Promise.all(jobs.map((job) => job.catch(() => undefined)));
}

export const sync = new SyncState();
