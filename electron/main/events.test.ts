import { describe, expect, it, vi } from 'vitest';
import { changeKinds } from '../contract/changes';
import { changesTray, createEmit } from './events';

function setup() {
  const deps = { send: vi.fn(), setBadge: vi.fn(), refreshTray: vi.fn() };
  return { deps, emit: createEmit(deps) };
}

describe('core’s events', () => {
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

describe('what a write changed', () => {
  it('goes to the page as it is, with its due count on the app icon', () => {
    const { deps, emit } = setup();
    const event = {
      type: 'changed' as const,
      kinds: ['conversations' as const, 'reminders' as const],
      due: 2,
    };
    emit(event);
    expect(deps.send).toHaveBeenCalledExactlyOnceWith(event);
    expect(deps.setBadge).toHaveBeenCalledExactlyOnceWith(2);
    expect(deps.refreshTray).toHaveBeenCalledTimes(1);
  });

  it('leaves the tray menu alone when nothing it lists changed (a touch, a question, the notices)', () => {
    const { deps, emit } = setup();
    emit({ type: 'changed', kinds: ['touches', 'questions', 'journal'], due: 0 });
    expect(deps.refreshTray).not.toHaveBeenCalled();
    expect(deps.send).toHaveBeenCalledTimes(1);
  });

  it('builds the tray menu again for the reminders it lists, their names and words', () => {
    expect(changeKinds.filter((kind) => changesTray([kind]))).toEqual([
      'contacts',
      'conversations',
      'reminders',
      'settings',
    ]);
    expect(changesTray([])).toBe(false);
    expect(changesTray(['touches', 'contacts'])).toBe(true);
  });
});
