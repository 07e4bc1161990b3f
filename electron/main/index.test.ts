import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../contract/channels';
import { JOURNAL_PATH_ENV } from '../core/settings/settings';
import { preloadPath, rendererUrl } from './app-url';
import { app, FakeBrowserWindow, FakeEvent, ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/** The whole main process started once against the fakes, on a real journal file in a temp folder. */
let folder: string;
let window: FakeBrowserWindow;
const journalFile = () => join(folder, 'journal.json');

beforeAll(async () => {
  resetFakeElectron();
  folder = await mkdtemp(join(tmpdir(), 'netwerkdagboek-main-'));
  vi.stubEnv('NETWERKDAGBOEK_USER_DATA', join(folder, 'userData'));
  vi.stubEnv(JOURNAL_PATH_ENV, journalFile());
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  await import('./index');
  await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
  window = FakeBrowserWindow.created[0]!;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(folder, { recursive: true, force: true });
});

describe('the main process', () => {
  it('moves userData and guards every webContents before the app is ready', () => {
    expect(app.setPath).toHaveBeenCalledWith('userData', join(folder, 'userData'));
    expect(app.setAppUserModelId).toHaveBeenCalledWith('nl.netwerkdagboek.app');
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(app.listenerCount('web-contents-created')).toBe(1);
    expect(app.listenerCount('second-instance')).toBe(1);
  });

  it('serves every channel before the page loads', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
    const lastHandler = Math.max(...ipcMain.handle.mock.invocationCallOrder);
    expect(window.loadURL.mock.invocationCallOrder[0]).toBeGreaterThan(lastHandler);
  });

  it('opens one locked-down window on the built page', () => {
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: { preload: preloadPath, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(window.loadURL).toHaveBeenCalledWith(rendererUrl({}, false));
  });

  it('answers the window’s page, and only it', async () => {
    const handler = ipcMain.handlers.get('contacts:create')!;
    const frame = { url: rendererUrl({}, false), parent: null };
    const created = await handler(
      { sender: window.webContents, senderFrame: frame },
      { name: 'Sanne de Vries' },
    );
    expect(created).toMatchObject({ ok: true, data: { name: 'Sanne de Vries' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stranger = await handler({ sender: {}, senderFrame: frame }, { name: 'Intruder' });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Refused IPC "contacts:create"'));
    warn.mockRestore();
  });

  it('writes the journal before quitting', async () => {
    const quit = new FakeEvent();
    app.emit('before-quit', quit);
    expect(quit.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    const journal = await readFile(journalFile(), 'utf8');
    expect(journal).toContain('Sanne de Vries');
    expect(journal).not.toContain('Intruder');
  });
});
