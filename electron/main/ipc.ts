import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channels, type Channel } from '../contract/channels';
import type { Language, Result } from '../contract/contract';
import { errorMessages } from '../contract/messages';
import type { Dispatch } from '../core/dispatch';
import { isAppUrl } from './app-url';

/** The parts of an IPC event the sender check reads; Electron's `IpcMainInvokeEvent` has them. */
export interface IpcSender {
  sender: unknown;
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * True when a message comes from the app's own page in the app's own window: the sender is the main
 * window's webContents, the frame still exists, is that page's top frame (not an iframe inside it) and
 * shows the app's URL. Anything else (another window, a frame that navigated away or was destroyed) is
 * a stranger.
 * https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
 */
export function isAppSender(event: IpcSender, appWebContents: unknown, appUrl: string): boolean {
  if (appWebContents == null || event.sender !== appWebContents) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, appUrl);
}

/**
 * The answer to a refused sender.
 *
 * We answer with the contract's error envelope instead of throwing: every call the preload makes is
 * typed to resolve to a `Result`, so even our own page caught mid-navigation gets something it can show
 * instead of an unhandled rejection, and nothing about why it was refused leaves the main process
 * (a thrown Error's text would be sent to the caller and logged with a stack by Electron).
 */
export function refusal(language: Language): Result<never> {
  return {
    ok: false,
    error: { code: 'invalid_input', message: errorMessages[language].errors.invalid_input },
  };
}

export interface IpcDeps {
  /** Core's dispatch: validates the payload with the channel's schema and returns the envelope. */
  dispatch: Dispatch;
  /** The sender check, bound to the main window and the app's URL. */
  isAppSender: (event: IpcMainInvokeEvent) => boolean;
  language: () => Language;
  log?: (message: string) => void;
}

/**
 * Registers one contract channel. The only place `ipcMain.handle` is called: a message from a stranger
 * is refused before it reaches core; everything else goes to `dispatch` untouched (it takes `unknown`).
 */
export function handle(channel: Channel, deps: IpcDeps): void {
  ipcMain.handle(channel, (event, payload: unknown) => {
    if (!deps.isAppSender(event)) {
      deps.log?.(
        `Refused IPC "${channel}" from ${event.senderFrame?.url ?? 'a frame that no longer exists'}`,
      );
      return refusal(deps.language());
    }
    return deps.dispatch(channel, payload);
  });
}

/** Serves every channel of the contract. */
export function setupIpc(deps: IpcDeps): void {
  for (const channel of channels) handle(channel, deps);
}
