import type { AppEvent, AppTarget } from '$contract/contract';
import { api } from '../shared/api';
import { app } from './app.svelte';
import { conversations } from '../features/conversations/conversations.svelte';
import { reminders } from '../features/reminders/reminders.svelte';
import { changes } from '../shared/changes';
import { runCommand } from './shortcuts.svelte';

/** Shows a contact's page, leaving whatever screen is open (a conversation draft stays where it is). */
export function showContact(id: string): void {
  conversations.showContact(id);
}

/**
 * Shows what a reminder or notification is about: the conversation in the Gesprekken editor, the
 * contact's page, or the Herinneringen screen with that reminder in view. With `complete`, the "how did
 * you thank" question for that reminder opens on top.
 */
export async function openTarget(target: AppTarget, complete?: string): Promise<void> {
  if (target.view === 'conversation') await conversations.open(target.id);
  else if (target.view === 'contact') showContact(target.id);
  else {
    app.view = 'reminders';
    reminders.focusId = target.id;
  }
  if (complete) await reminders.askThanks(complete);
}

function onEvent(event: AppEvent): void {
  // What a write changed: each store that shows it fetches again by itself (shared/changes.ts).
  if (event.type === 'changed') changes.receive(event);
  else if (event.type === 'journal-saving') app.savingChanged(event);
  else if (event.type === 'command') runCommand(event.command, 'menu');
  else openTarget(event.target, event.complete).catch((error: Error) => app.say(error.message));
}

/** Listens to what main tells the renderer unasked: changes, notification clicks, saving, menu commands. */
export function listenToMain(): () => void {
  return api.events.subscribe(onEvent);
}
