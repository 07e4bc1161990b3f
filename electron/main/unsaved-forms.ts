import { dialog, type BrowserWindow } from 'electron';
import type { Language } from '../contract/contract';
import { mainWords } from './words';

/**
 * The native question when the page holds its unload back because a form holds unsaved typing
 * (renderer/src/shared/forms/drafts.svelte.ts prevents `beforeunload`). Electron then emits
 * `will-prevent-unload` on the window's webContents and, unless that event is prevented, cancels the close
 * (or the reload, or the quit); preventing it lets the page go. The documented way is a synchronous
 * message box in that handler: https://www.electronjs.org/docs/latest/api/web-contents#event-will-prevent-unload
 *
 * Staying is the default and what Esc does: nothing typed is thrown away by a stray key.
 * Returns true when the person chose to close and lose the typing.
 */
export function confirmLosingForms(window: BrowserWindow, language: Language): boolean {
  const words = mainWords[language].unsavedForms;
  const choice = dialog.showMessageBoxSync(window, {
    type: 'warning',
    title: 'Netwerkdagboek',
    message: words.message,
    detail: words.detail,
    buttons: [words.stay, words.leave],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return choice === 1;
}
