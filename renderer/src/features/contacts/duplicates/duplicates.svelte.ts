import type { DuplicateList, DuplicatePair, MergeResult } from '$contract/contract';
import type { ChosenField } from '$contract/rules/contact-merge';
import { app } from '../../../app/app.svelte';
import { api, unwrap } from '../../../shared/api';
import { changes } from '../../../shared/changes';
import { i18n } from '../../../shared/i18n/i18n.svelte';
import { drafts } from '../../../shared/forms/drafts.svelte';
import { contactDraftKey, contacts } from '../contacts.svelte';

/**
 * Likely duplicates in Contacten (issue 12): how many pairs there are (the button), the list of pairs,
 * the pair being merged, and the merge itself with its undo.
 */
class DuplicatesState {
  list = $state<DuplicateList | null>(null);
  /** The list of pairs is open. */
  showing = $state(false);
  /** The pair whose merge dialog is open. */
  merging = $state<DuplicatePair | null>(null);
  total = $derived(this.list?.total ?? 0);

  constructor() {
    // The pairs are made of the contacts (and of the pairs said to be two people, which count as contacts).
    changes.watch(['contacts'], () => this.refresh(), { when: () => this.list !== null });
  }

  async refresh(): Promise<void> {
    this.list = await unwrap(api.contacts.duplicates());
    if (this.list.total === 0) this.showing = false;
  }

  /** "Geen dubbele": the two are different people, never offered as a pair again. */
  async notDuplicate(pair: DuplicatePair): Promise<void> {
    this.list = await unwrap(api.contacts.notDuplicate({ ids: [pair.a.id, pair.b.id] }));
    app.say(i18n.t.duplicates.notDuplicateToast(pair.a.name, pair.b.name));
  }

  /**
   * Typing for `id` that a merge would lose, so the dialog asks first. The form of the one merged away
   * has no record left to be saved to; the form of the one kept was filled from the record before the
   * merge, so saving it afterwards would put its old notes or e-mail over the combined ones. A "contact
   * gehad" being typed for the one kept is still right after the merge, and stays.
   */
  typingLost(id: string, kept: boolean): boolean {
    return drafts.isDirty(contactDraftKey(id)) || (!kept && drafts.isDirty(`touch:${id}`));
  }

  /**
   * Merges the other of the pair into `keepId`, says so with an undo, and shows the contact kept. Typing
   * `typingLost` names goes: the dialog said so and the person chose to merge anyway.
   */
  async merge(keepId: string, mergeId: string, fromOther: ChosenField[]): Promise<MergeResult> {
    const result = await unwrap(api.contacts.merge({ keepId, mergeId, fromOther }));
    this.merging = null;
    drafts.drop(contactDraftKey(keepId));
    drafts.drop(contactDraftKey(mergeId));
    drafts.drop(`touch:${mergeId}`);
    const name = result.contact.name;
    app.say(i18n.t.duplicates.dialog.mergedToast(name), () => {
      unwrap(api.contacts.undoMerge({ undoId: result.undoId }))
        .then((back) => app.say(i18n.t.duplicates.dialog.undoneToast(back.name)))
        .catch((error: Error) => app.say(error.message));
    });
    if (contacts.mode === 'view') await contacts.select(result.contact.id);
    return result;
  }
}

export const duplicates = new DuplicatesState();
