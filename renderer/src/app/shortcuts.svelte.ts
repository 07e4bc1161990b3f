/**
 * What the app's keyboard shortcuts do (`runCommand`, also what the application menu asks for); which
 * key asks for what is in shortcut-keys.ts, the list the overview shows in ShortcutsDialog.svelte.
 */
import { flushSync } from 'svelte';
import type { AppCommand } from '$contract/contract';
import { contacts } from '../features/contacts/contacts.svelte';
import { conversationList } from '../features/conversations/conversation-list.svelte';
import { conversations } from '../features/conversations/conversations.svelte';
import { reminders } from '../features/reminders/reminders.svelte';
import { app } from './app.svelte';
import { commandFor, saveOpenForm } from './shortcut-keys';

/** The shortcuts overview is open. */
export const shortcutsOverview = $state({ open: false });

/** When a command last ran from the keyboard: the menu then reports the same key press (macOS). */
let lastFromKeys: { command: AppCommand; at: number } | null = null;

/** Does what the command says. `from: 'menu'` right after the same key press in the page is skipped. */
export function runCommand(command: AppCommand, from: 'keys' | 'menu' = 'keys'): void {
  const now = Date.now();
  if (from === 'menu' && lastFromKeys?.command === command && now - lastFromKeys.at < 500) return;
  if (from === 'keys') lastFromKeys = { command, at: now };
  // A dialog asks for an answer first: nothing opens behind it, where it could not be seen.
  if (command.startsWith('new-') && document.querySelector('dialog[open]')) return;
  switch (command) {
    case 'new-contact':
      app.view = 'contacts';
      contacts.startNew();
      break;
    case 'new-conversation':
      // On Gesprekken the contact filtered on is the one to plan with.
      void conversations.startNew(
        app.view === 'conversations' ? conversationList.contactFilter?.id : undefined,
      );
      break;
    case 'new-reminder':
      reminders.startNew();
      break;
    case 'search':
      // Contacten is put on screen right away, so the keys typed straight after Ctrl+K land in the
      // search: waiting a frame lost them ("gemeente" became "eente", trial s9).
      app.view = 'contacts';
      flushSync();
      focusSearch();
      break;
    case 'save':
      saveOpenForm();
      break;
    case 'shortcuts':
      shortcutsOverview.open = true;
      break;
  }
}

/**
 * Ctrl/Cmd+K: the contact search, its text selected so typing replaces it. In a window with room for one
 * pane the open contact covers the list: go back to the list first (a form stays open, it is a draft).
 */
function focusSearch(): void {
  const search = document.getElementById('contact-search') as HTMLInputElement | null;
  if (search && !search.checkVisibility() && contacts.mode === 'view' && contacts.selectedId !== null) {
    contacts
      .select(null)
      .then(() => requestAnimationFrame(focusSearch))
      .catch((error: Error) => app.say(error.message));
    return;
  }
  search?.focus();
  search?.select();
}

/** The window's keydown: runs the command the keys ask for. Esc and the arrow keys belong to each screen. */
export function onShortcutKey(event: KeyboardEvent): void {
  const command = commandFor(event);
  if (!command) return;
  // The overview itself is open: ? or Ctrl+/ again does nothing new.
  if (command === 'shortcuts' && shortcutsOverview.open) return;
  event.preventDefault();
  runCommand(command);
}
