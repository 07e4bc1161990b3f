import type { OverviewModel, Suggestion } from '$contract/contract';
import type { TouchFields } from '$contract/domain';
import type { ChangeKind } from '$contract/changes';
import { app } from '../../app/app.svelte';
import { api, unwrap } from '../../shared/api';
import { changes } from '../../shared/changes';

/**
 * What Overzicht is made of (docs/design.md §Overzicht): every part of the journal it counts, the
 * settings (the weekly goal, the keep-in-touch defaults), and `reminders`, which core also tells when a
 * new day begins (Verwaterd, the weeks and put-off suggestions move on with the date).
 */
export const overviewKinds: readonly ChangeKind[] = [
  'contacts',
  'conversations',
  'touches',
  'reminders',
  'dismissals',
  'settings',
];

/** The Overzicht screen's state: core's model, fetched when shown and again on every change it is made of. */
class OverviewState {
  model = $state<OverviewModel | null>(null);
  failed = $state<string | null>(null);
  /** The person whose contact is being noted from Overzicht (the dialog), or null. */
  noting = $state<{ contactId: string; name: string } | null>(null);
  private requestSeq = 0;

  constructor() {
    changes.watch(overviewKinds, () => this.load(), {
      when: () => this.model !== null && app.view === 'overview',
    });
  }

  /** Fetches the model; an answer overtaken by a newer request is dropped. */
  async load(): Promise<void> {
    const seq = ++this.requestSeq;
    try {
      const model = await unwrap(api.overview.get());
      if (seq !== this.requestSeq) return;
      this.model = model;
      this.failed = null;
    } catch (error) {
      if (seq === this.requestSeq) this.failed = (error as Error).message;
    }
  }

  /** "Niet nu": core keeps it away a week; the change event brings the new model. */
  async dismiss(suggestion: Suggestion): Promise<void> {
    await unwrap(api.overview.dismiss({ key: suggestion.key }));
  }

  /** Notes contact with someone (the dialog's save); the change event brings the new model. */
  async noteTouch(contactId: string, fields: Omit<TouchFields, 'contactId'>): Promise<void> {
    await unwrap(api.touches.add({ ...fields, contactId }));
  }
}

export const overview = new OverviewState();
