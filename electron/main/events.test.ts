import { describe, expect, it, vi } from 'vitest';
import { createEmit } from './events';

function setup() {
  const deps = { send: vi.fn(), setBadge: vi.fn(), refreshTray: vi.fn() };
  return { deps, emit: createEmit(deps) };
}

describe('core’s events', () => {
  it('put a new due count on the app icon, in the tray menu and on the page', () => {
    const { deps, emit } = setup();
    emit({ type: 'reminders-changed', due: 4 });
    expect(deps.setBadge).toHaveBeenCalledWith(4);
    expect(deps.refreshTray).toHaveBeenCalledTimes(1);
    expect(deps.send).toHaveBeenCalledWith({ type: 'reminders-changed', due: 4 });
  });

  it('pass anything else to the page only', () => {
    const { deps, emit } = setup();
    emit({ type: 'open', target: { view: 'reminders', id: null } });
    expect(deps.send).toHaveBeenCalledWith({ type: 'open', target: { view: 'reminders', id: null } });
    expect(deps.setBadge).not.toHaveBeenCalled();
    expect(deps.refreshTray).not.toHaveBeenCalled();
  });

  it('bring a failing save to the page, where the banner shows it', () => {
    const { deps, emit } = setup();
    const save = {
      state: 'failing' as const,
      problem: 'disk-full' as const,
      message: 'Je schijf is vol.',
      since: '2026-11-23T09:00:00.000Z',
      retryAt: '2026-11-23T09:00:01.000Z',
    };
    emit({ type: 'journal-saving', save, backup: null });
    expect(deps.send).toHaveBeenCalledWith({ type: 'journal-saving', save, backup: null });
    expect(deps.setBadge).not.toHaveBeenCalled();
  });
});
