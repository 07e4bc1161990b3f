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
