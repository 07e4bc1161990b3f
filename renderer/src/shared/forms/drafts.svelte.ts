/**
 * What the person has typed in a form and not saved yet, kept while they look elsewhere in the app.
 *
 * A form component is thrown away when its screen is left (Gesprekken in the sidebar, another contact in
 * the list), and its typing with it. So the values do not live in the component: a form asks `drafts`
 * for its draft by a key (the form and the record, `contact:<id>`, `contact:new`), gets the one it had
 * when there is one, and drops it once it is saved or the person agreed to throw it away. While any
 * draft differs from what it started from, closing the window or quitting asks first (`beforeunload`,
 * which main turns into a native question; electron/main/unsaved-forms.ts).
 *
 * Drafts live in memory only: once the person has agreed to close the window with unsaved typing, it is
 * gone, as they were told.
 */

/** One form's values and what they were when the form opened or last saved. */
export class FormDraft<T> {
  value = $state() as T;
  private baseline = $state('');
  /**
   * When the form was left with this typing unsaved (ms), so a form opened on it again can say it shows
   * a kept draft ("Concept van 14:05 hersteld"); null while nothing was left behind.
   */
  leftAt = $state<number | null>(null);

  constructor(initial: T) {
    this.reset(initial);
  }

  /**
   * The values differ from the baseline: something would be lost. A getter, not a `$derived`: a draft is
   * made while its form is being made, and a `$derived` made there belongs to that form, so once the form
   * was closed it kept its last answer (a form typed back to the record, or its draft thrown away, still
   * counted as unsaved). Comparing a form's few fields on each read is cheap.
   */
  get dirty(): boolean {
    return JSON.stringify(this.value) !== this.baseline;
  }

  /** What the draft started from: the record as it was when the form opened or last saved. */
  initial(): T {
    return JSON.parse(this.baseline) as T;
  }

  /** `value` is what the draft started from (the journal's version, say, unchanged since). */
  matchesBaseline(value: T): boolean {
    return JSON.stringify(value) === this.baseline;
  }

  /** New values that count as unchanged: a record just loaded or just saved. */
  reset(value: T): void {
    this.value = value;
    this.baseline = JSON.stringify(value);
  }

  /** The form closes: with unsaved typing, `now` is when it was left behind. */
  leave(now: number): void {
    if (this.dirty) this.leftAt = now;
  }
}

/** Anything that can hold unsaved typing: a kept draft, or a store with a draft of its own. */
export interface HasUnsaved {
  readonly dirty: boolean;
}

class Drafts {
  private kept = $state<Record<string, FormDraft<unknown>>>({});
  private sources = $state<HasUnsaved[]>([]);
  /** Set by `discardAll`: the page is about to load anew and nothing it holds is to be kept. */
  private discarded = $state(false);

  /** Some form holds typing that is not saved. */
  unsaved = $derived(
    !this.discarded &&
      (Object.values(this.kept).some((draft) => draft.dirty) || this.sources.some((source) => source.dirty)),
  );

  /**
   * The draft kept under `key`, or a new one from `initial()`. A kept draft that holds nothing unsaved
   * starts again from `initial()`, so a form opened again shows the record as it is now.
   */
  keep<T>(key: string, initial: () => T): FormDraft<T> {
    const existing = this.kept[key] as FormDraft<T> | undefined;
    if (existing?.dirty) return existing;
    const draft = new FormDraft(initial());
    this.kept[key] = draft as FormDraft<unknown>;
    return draft;
  }

  /** The draft kept under `key` now, if any. */
  get<T>(key: string): FormDraft<T> | undefined {
    return this.kept[key] as FormDraft<T> | undefined;
  }

  /** A draft under `key` holds unsaved typing (the form may be closed). */
  isDirty(key: string): boolean {
    return this.kept[key]?.dirty ?? false;
  }

  /**
   * Puts typing thrown away back under `key` (its undo), left behind at `leftAt`: into the draft kept
   * there now (the form open, or opened again since), or, once the form was closed and the draft let go,
   * into a new one that starts from `initial`, so the form finds it when it opens again.
   */
  putBack<T extends object>(key: string, initial: T, value: T, leftAt: number | null): FormDraft<T> {
    const draft = (this.kept[key] as FormDraft<T> | undefined) ?? new FormDraft(initial);
    this.kept[key] = draft as FormDraft<unknown>;
    Object.assign(draft.value, value);
    draft.leftAt = leftAt;
    return draft;
  }

  /** Forgets the draft: it was saved, or the person chose to throw it away. */
  drop(key: string): void {
    delete this.kept[key];
  }

  /**
   * Lets go of all typing, once the person agreed to (a restore put another journal in place, and the
   * page loads anew on it): nothing counts as unsaved any more, so leaving the page asks nothing.
   */
  discardAll(): void {
    this.kept = {};
    this.discarded = true;
  }

  /** Counts a store's own draft in `unsaved` (the conversation editor's); returns the way to stop. */
  track(source: HasUnsaved): () => void {
    this.sources.push(source);
    return () => {
      this.sources = this.sources.filter((s) => s !== source);
    };
  }
}

export const drafts = new Drafts();

/**
 * Asks before the page goes (window closed, app quit, reload) while a form holds unsaved typing. Electron
 * turns the prevented `beforeunload` into its `will-prevent-unload` event, where main asks the person
 * natively; a browser shows its own question.
 */
export function askBeforeUnload(target: Window = window): () => void {
  const listener = (event: BeforeUnloadEvent) => {
    if (!drafts.unsaved) return;
    event.preventDefault();
    // Older Chromium needs returnValue set as well.
    event.returnValue = '';
  };
  target.addEventListener('beforeunload', listener);
  return () => target.removeEventListener('beforeunload', listener);
}
