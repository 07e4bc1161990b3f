import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderControl } from '../core/reminders/ports';
import { powerMonitor, resetFakeElectron } from './testing/fake-electron';
import { setupPowerEvents } from './power';

vi.mock('electron', () => import('./testing/fake-electron'));

beforeEach(resetFakeElectron);

function schedule() {
  return {
    rescan: vi.fn(),
    notificationAction: vi.fn(() => null),
    upcoming: vi.fn(() => []),
    dueCount: vi.fn(() => 0),
    stop: vi.fn(),
  } satisfies ReminderControl;
}

describe('power events', () => {
  it('look at the reminders again on resume and on unlock', () => {
    const reminders = schedule();
    setupPowerEvents(() => reminders);
    powerMonitor.emit('resume');
    expect(reminders.rescan.mock.calls).toEqual([['resume']]);
    powerMonitor.emit('unlock-screen');
    expect(reminders.rescan.mock.calls).toEqual([['resume'], ['unlock']]);
  });

  it('do nothing before core has opened', () => {
    setupPowerEvents(() => null);
    expect(() => powerMonitor.emit('resume')).not.toThrow();
  });

  it('report a failing look instead of throwing into Electron', () => {
    const reminders = schedule();
    const failure = new Error('journal gone');
    reminders.rescan.mockImplementation(() => {
      throw failure;
    });
    const log = vi.fn();
    setupPowerEvents(() => reminders, log);
    powerMonitor.emit('resume');
    expect(log).toHaveBeenCalledWith(failure);
  });
});
