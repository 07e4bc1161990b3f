import { tick } from 'svelte';

/**
 * For an action that takes an item out of a list (done, skip, snooze): notes the item's neighbour now,
 * and returns what moves focus there once the list has been redrawn, so keyboard users are not thrown
 * back to the top of the page. Falls back to `fallbackId` (a heading with tabindex -1).
 */
export function focusNeighbourOf(elementId: string, fallbackId: string): () => Promise<void> {
  const element = document.getElementById(elementId);
  const hadFocus = !!element?.contains(document.activeElement) || !document.activeElement;
  const neighbour = (element?.nextElementSibling ?? element?.previousElementSibling)?.id;
  return async () => {
    await tick();
    // Focus went elsewhere meanwhile (a dialog, another screen): leave it there.
    const active = document.activeElement;
    if (!hadFocus && active && active !== document.body) return;
    const target =
      (neighbour && document.getElementById(neighbour)) ||
      (document.getElementById(elementId) ?? document.getElementById(fallbackId));
    target?.focus();
  };
}

/** What a form's "first field" is: something to type in or choose, not a button or a hidden control. */
const FIELD = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * Puts the cursor in the first field of `container` (a form that just opened), so the person can type
 * at once instead of tabbing through the page. True when a field took focus.
 */
export function focusFirstField(container: Element | null | undefined): boolean {
  const field = container?.querySelector<HTMLElement>(FIELD);
  field?.focus();
  return !!field && document.activeElement === field;
}

/**
 * A Svelte action for a form that opens: its first field gets focus once it is on screen. A form opened
 * while a dialog is on top (the dialog has focus) leaves it there.
 */
export function autofocusFirstField(container: HTMLElement): void {
  void tick().then(() => {
    if (!document.querySelector('dialog[open]')) focusFirstField(container);
  });
}

/**
 * After something that redraws what has focus (a save turns its button busy, a form closes, a button
 * disappears): once redrawn, focus is back on `keep` when it is still there and usable, else on the first
 * of `fallbackIds` that exists (headings carry tabindex -1). Focus the person moved meanwhile stays.
 */
export async function restoreFocus(keep: Element | null, ...fallbackIds: string[]): Promise<void> {
  await tick();
  const active = document.activeElement;
  if (active && active !== document.body && active !== keep) return;
  if (keep instanceof HTMLElement && keep.isConnected && !keep.matches(':disabled')) {
    keep.focus();
    if (document.activeElement === keep) return;
  }
  for (const id of fallbackIds) {
    const target = document.getElementById(id);
    if (target) {
      target.focus();
      return;
    }
  }
}

/**
 * For a dialog or a form that takes focus while it is open: call as it opens (before it moves focus);
 * the function returned, called when it closes, puts focus back on the control that opened it, so Esc
 * or Annuleren do not drop the keyboard user at the top of the page.
 */
export function focusReturnsToOpener(...fallbackIds: string[]): () => void {
  const opener = document.activeElement;
  return () => void restoreFocus(opener, ...fallbackIds);
}
