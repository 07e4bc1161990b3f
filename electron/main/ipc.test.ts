import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../contract/channels';
import { errorMessages } from '../contract/messages';
import { systemClock } from '../core/clock';
import { openNetwerkdagboek, type Netwerkdagboek } from '../core/netwerkdagboek';
import { SettingsStore } from '../core/settings/settings';
import { APP_PAGE_URL } from './app-protocol';
import { isAppUrl, rendererFolder, rendererUrl } from './app-url';
import { ipcMain, resetFakeElectron } from './testing/fake-electron';
import { handle, isAppSender, refusal, setupIpc } from './ipc';

vi.mock('electron', () => import('./testing/fake-electron'));

const appUrl = APP_PAGE_URL;
/** Where the built page lies on the disk: the URL it had before the app's scheme. */
const builtFile = pathToFileURL(join(rendererFolder, 'index.html')).href;
const ownContents = { id: 1 };
const otherContents = { id: 2 };
const topFrame = (url: string) => ({ url, parent: null });
const ownEvent = { sender: ownContents, senderFrame: topFrame(appUrl) };

beforeEach(resetFakeElectron);

describe('isAppUrl', () => {
  it('accepts the app page itself, with any hash or query', () => {
    expect(isAppUrl(appUrl, appUrl)).toBe(true);
    expect(isAppUrl(`${appUrl}#/contacts`, appUrl)).toBe(true);
    expect(isAppUrl(`${appUrl}?lang=en`, appUrl)).toBe(true);
  });

  it('refuses other local files, web pages and junk', () => {
    expect(isAppUrl('file:///etc/passwd', appUrl)).toBe(false);
    expect(isAppUrl(appUrl.replace('index.html', 'other.html'), appUrl)).toBe(false);
    expect(isAppUrl('https://example.com/index.html', appUrl)).toBe(false);
    expect(isAppUrl('not a url', appUrl)).toBe(false);
    expect(isAppUrl(undefined, appUrl)).toBe(false);
  });

  it('refuses the built page as a file: URL, another host of the scheme, and credentials', () => {
    expect(isAppUrl(builtFile, appUrl)).toBe(false);
    expect(isAppUrl('netwerkdagboek://evil.example/index.html', appUrl)).toBe(false);
    expect(isAppUrl('netwerkdagboek://user@app/index.html', appUrl)).toBe(false);
    expect(isAppUrl('netwerkdagboek://app/assets/index.js', appUrl)).toBe(false);
  });

  it('never takes a file: page for the app, even when asked to compare with one', () => {
    expect(isAppUrl(builtFile, builtFile)).toBe(false);
  });

  it('accepts the dev server by origin, not another port or host', () => {
    const dev = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/src/App.svelte?x=1', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://localhost.evil.example:5173/', dev)).toBe(false);
    expect(isAppUrl(appUrl, dev)).toBe(false);
  });
});

describe('rendererUrl', () => {
  it('uses the dev server only when the app is not packaged', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    expect(rendererUrl(env, false)).toBe('http://localhost:5173/');
    expect(rendererUrl(env, true)).toBe('netwerkdagboek://app/index.html');
    expect(rendererUrl({}, false)).toBe('netwerkdagboek://app/index.html');
  });
});

describe('isAppSender', () => {
  it("accepts the app's page in the main window", () => {
    expect(isAppSender(ownEvent, ownContents, appUrl)).toBe(true);
  });

  it('refuses another webContents, even one showing the app page', () => {
    expect(isAppSender({ sender: otherContents, senderFrame: topFrame(appUrl) }, ownContents, appUrl)).toBe(
      false,
    );
  });

  it('refuses a frame showing a foreign page', () => {
    const event = { sender: ownContents, senderFrame: topFrame('https://evil.example/') };
    expect(isAppSender(event, ownContents, appUrl)).toBe(false);
  });

  it('refuses an iframe inside the app page, and a frame that is gone', () => {
    const iframe = { sender: ownContents, senderFrame: { url: appUrl, parent: { url: appUrl } } };
    expect(isAppSender(iframe, ownContents, appUrl)).toBe(false);
    expect(isAppSender({ sender: ownContents, senderFrame: null }, ownContents, appUrl)).toBe(false);
  });

  it('refuses everything while there is no main window', () => {
    expect(isAppSender(ownEvent, null, appUrl)).toBe(false);
    expect(isAppSender({ sender: undefined, senderFrame: topFrame(appUrl) }, undefined, appUrl)).toBe(false);
  });
});

describe('handle', () => {
  const deps = () => ({
    dispatch: vi.fn(async (_channel: string, payload: unknown) => ({
      ok: true as const,
      data: { echoed: payload },
    })),
    isAppSender: (event: IpcMainInvokeEvent) => isAppSender(event, ownContents, appUrl),
    language: () => 'nl' as const,
    log: vi.fn(),
  });
  const invoke = (channel: string, event: unknown, payload: unknown) => {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, payload);
  };

  it('passes the channel and payload of the app page to dispatch and returns its answer', async () => {
    const d = deps();
    handle('contacts:get', d);
    const payload = { id: 'abc' };
    await expect(invoke('contacts:get', ownEvent, payload)).resolves.toEqual({
      ok: true,
      data: { echoed: payload },
    });
    expect(d.dispatch).toHaveBeenCalledWith('contacts:get', payload);
  });

  it('refuses a foreign sender with an error envelope, without calling dispatch', async () => {
    const d = deps();
    handle('contacts:delete', d);
    const foreign = { sender: ownContents, senderFrame: topFrame('https://evil.example/') };
    const answer = await invoke('contacts:delete', foreign, { id: 'abc' });
    expect(answer).toEqual(refusal('nl'));
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(d.dispatch).not.toHaveBeenCalled();
    expect(d.log).toHaveBeenCalledWith(expect.stringContaining('evil.example'));
  });

  it('setupIpc serves every channel of the contract, each once', () => {
    setupIpc(deps());
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
  });
});

describe('IPC into a real core', () => {
  let folder: string;
  let core: Netwerkdagboek;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'netwerkdagboek-ipc-'));
    core = await openNetwerkdagboek({
      journalPath: join(folder, 'journal.json'),
      clock: systemClock,
      settings: new SettingsStore({ store: {} }),
      systemLanguages: ['en-GB'],
      openExternal: async () => {},
      showInFolder: () => {},
      chooseJournalLocation: async () => null,
      appVersion: '0.1.0',
    });
    setupIpc({
      dispatch: core.dispatch,
      isAppSender: (event) => isAppSender(event, ownContents, appUrl),
      language: core.language,
    });
  });

  afterEach(async () => {
    await core.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('creates a contact for the app page and answers once it is in the journal file', async () => {
    const created = await invoke('contacts:create', ownEvent, { name: 'Fatima El Amrani' });
    expect(created).toMatchObject({ ok: true, data: { name: 'Fatima El Amrani' } });
    expect(created).not.toHaveProperty('saved');
    expect(await readFile(join(folder, 'journal.json'), 'utf8')).toContain('Fatima El Amrani');
  });

  it('lets core reject a bad payload, with the message in the person’s language', async () => {
    const answer = await invoke('contacts:create', ownEvent, { name: '', hack: true });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: errorMessages.en.errors.invalid_input },
    });
  });

  it('keeps a foreign frame out of the journal', async () => {
    const foreign = { sender: otherContents, senderFrame: topFrame(appUrl) };
    expect(await invoke('contacts:create', foreign, { name: 'Intruder' })).toMatchObject({ ok: false });
    expect(await invoke('contacts:list', ownEvent, {})).toMatchObject({
      ok: true,
      data: { contacts: [], totals: { active: 0 } },
    });
  });

  function invoke(channel: string, event: unknown, payload: unknown) {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, payload);
  }
});
