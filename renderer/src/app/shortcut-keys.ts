/**
 * Which key press asks for which command, and the form Ctrl/Cmd+S saves: plain functions on the event and
 * the page, tested on their own (shortcut-keys.test.ts).
 */
import type { AppCommand } from '$contract/contract';

/** macOS writes Cmd (⌘) where the others write Ctrl. */
export function modifierLabel(platform: string = navigator.platform): string {
  return /mac/i.test(platform) ? '⌘' : 'Ctrl';
}

/** A field (or anything else) that takes typing, where a plain `?` is a character, not a shortcut. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || !!target.closest('input, textarea, select');
}

/** Which command a key press asks for, or null. Ctrl and Cmd count alike. */
export function commandFor(event: KeyboardEvent): AppCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (!mod) {
    // `?` needs Shift on most layouts; Alt or a modifier makes it something else.
    return key === '?' && !event.altKey && !typingIn(event.target) ? 'shortcuts' : null;
  }
  if (event.altKey) return null;
  // Where / itself needs Shift (Shift+7 on a German keyboard), Ctrl+Shift+/ is still Ctrl+/.
  if (key === '/') return 'shortcuts';
  if (event.shiftKey) {
    if (key === 'n') return 'new-conversation';
    // H for herinnering; Ctrl+Shift+R is the window's force reload.
    if (key === 'h') return 'new-reminder';
    return null;
  }
  if (key === 'n') return 'new-contact';
  if (key === 'k') return 'search';
  if (key === 's') return 'save';
  return null;
}

/**
 * Submits the form the person is working in: the one in the dialog on top, else the one that has focus,
 * else the form on screen (the contact or the conversation being edited). Its own submit handler checks
 * and saves, exactly as its Opslaan button does. False when no form is open.
 */
export function saveOpenForm(): boolean {
  const dialogs = document.querySelectorAll('dialog[open]');
  const top = dialogs.item(dialogs.length - 1);
  const scope: ParentNode = top ?? document;
  const active = document.activeElement;
  const focused = active && scope.contains(active) ? active.closest('form') : null;
  const form = focused ?? scope.querySelector('form');
  if (!form) return false;
  form.requestSubmit();
  return true;
}
