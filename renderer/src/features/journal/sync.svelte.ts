import type { IncomingChanges, SyncView } from '$contract/contract';
import { api, unwrap } from '../../shared/api';
import { i18n } from '../../shared/i18n/i18n.svelte';
import { app } from '../../app/app.svelte';
import { changes } from '../../shared/changes';

/**
 * The journal as shared between windows and computers: conflicts to choose between, sync tools' conflict
 * copies to merge. When the journal changed from outside, this says what came in; every list on screen
 * fetches what changed by itself (an open form is left alone: what the person is typing is theirs).
 */
class SyncState {
  view = $state<SyncView>({ conflicts: [], copies: [] });
  busy = $state(false);

  constructor() {
    changes.watch(['journal'], ({ incoming }) =>
      this.journalChanged(incoming).catch((error: Error) => app.say(error.message)),
    );
  }

  async load(): Promise<void> {
    this.view = await unwrap(api.journal.sync());
  }

  /**
   * The journal's notices changed: a merge from outside (`incoming`: what came in), a conflict chosen, a
   * copy found beside it, the journal became writable. Its status and the sync view are fetched again.
   */
  async journalChanged(incoming: IncomingChanges | null): Promise<void> {
    const wasLocked = app.status?.journal.lockedBy != null;
    app.status = await unwrap(api.app.status());
    await this.load();
    if (incoming && total(incoming) > 0) app.say(describe(incoming));
    else if (wasLocked && !app.status.journal.lockedBy) app.say(i18n.t.sync.nowWritable);
  }

  async keep(id: string, keep: 'shown' | 'other'): Promise<void> {
    await this.run(async () => {
      this.view = await unwrap(api.journal.resolveConflict({ id, keep }));
      app.say(i18n.t.sync.kept);
    });
  }

  async merge(name: string): Promise<void> {
    await this.run(async () => {
      const { incoming, sync } = await unwrap(api.journal.mergeCopy({ name }));
      this.view = sync;
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

export const sync = new SyncState();
