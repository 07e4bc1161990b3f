import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderRow } from '../contract/contract';
import type { ReminderControl } from '../core/reminders/ports';
import { FakeTray, Menu, nativeImage, resetFakeElectron } from './testing/fake-electron';
import { createTray, setupTray, targetOf, TRAY_UPCOMING, whenLabel, type TrayDeps } from './tray';

vi.mock('electron', () => import('./testing/fake-electron'));

beforeEach(resetFakeElectron);

const TODAY = '2026-05-11'; // a Monday

function row(fields: Partial<ReminderRow> & { id: string; title: string }): ReminderRow {
  return {
    kind: 'eigen',
    state: 'open',
    group: 'soon',
    note: '',
    due: { date: '2026-05-14', time: '09:00', zone: 'Europe/Amsterdam' },
    contactId: null,
    contactName: null,
    conversationId: null,
    completedAt: null,
    ...fields,
  } as ReminderRow;
}

const thanks = row({
  id: 'rem-thanks',
  title: 'Stuur Jan de Vries een bedankje',
  kind: 'bedanken',
  group: 'today',
  due: { date: TODAY, time: '09:00', zone: 'Europe/Amsterdam' },
  contactId: 'contact-jan',
  conversationId: 'conv-jan',
});
const sanne = row({
  id: 'rem-sanne',
  title: 'Laat iets horen aan Sanne & Piet',
  kind: 'contact-onderhouden',
  due: { date: '2026-05-12', time: '09:00', zone: 'Europe/Amsterdam' },
  contactId: 'contact-sanne',
});
const own = row({ id: 'rem-own', title: 'Vacaturebank bekijken' });

function setup(rows: ReminderRow[] = [thanks, sanne, own], overrides: Partial<TrayDeps> = {}) {
  const schedule = {
    rescan: vi.fn(),
    notificationAction: vi.fn(() => null),
    upcoming: vi.fn((_limit: number) => rows),
    dueCount: vi.fn(() => rows.filter((r) => r.group === 'today' || r.group === 'overdue').length),
    stop: vi.fn(),
  } satisfies ReminderControl;
  const mocks = { showWindow: vi.fn(), open: vi.fn(), quit: vi.fn() };
  const deps: TrayDeps = {
    schedule: () => schedule,
    language: () => 'nl',
    ...mocks,
    iconPath: '/app/build/tray/tray-linux.png',
    today: () => TODAY,
    platform: 'linux',
    ...overrides,
  };
  const handle = createTray(deps);
  const tray = FakeTray.created.at(-1)!;
  const labels = () => tray.menu!.items.map((item) => (item.type === 'separator' ? '---' : item.label));
  const item = (label: string) => {
    const found = tray.menu!.items.find((i) => i.label === label);
    if (!found) throw new Error(`no menu item "${label}" in ${JSON.stringify(labels())}`);
    return found;
  };
  return { deps: mocks, schedule, handle, tray, labels, item };
}

describe('the tray menu', () => {
  it('offers to open the app, lists the upcoming reminders and quits, in Dutch', () => {
    const { labels, schedule, tray } = setup();
    expect(schedule.upcoming).toHaveBeenCalledWith(TRAY_UPCOMING);
    expect(labels()).toEqual([
      'Netwerkdagboek openen',
      '---',
      'Komende herinneringen',
      'vandaag 09:00 · Stuur Jan de Vries een bedankje',
      'morgen 09:00 · Laat iets horen aan Sanne && Piet',
      'do 14 mei 09:00 · Vacaturebank bekijken',
      '---',
      'Afsluiten',
    ]);
    expect(nativeImage.createFromPath).toHaveBeenCalledWith('/app/build/tray/tray-linux.png');
    expect(tray.image).toEqual(expect.objectContaining({ path: '/app/build/tray/tray-linux.png' }));
  });

  it('speaks English when the UI does', () => {
    const { labels } = setup([own], { language: () => 'en' });
    expect(labels()).toEqual([
      'Open Netwerkdagboek',
      '---',
      'Upcoming reminders',
      'Thu 14 May 09:00 · Vacaturebank bekijken',
      '---',
      'Quit',
    ]);
  });

  it('says so when nothing is planned', () => {
    const { labels, tray } = setup([]);
    expect(labels()).toContain('Geen herinneringen gepland');
    expect(tray.menu!.items.find((i) => i.label === 'Geen herinneringen gepland')!.enabled).toBe(false);
  });

  it('opens the app, and opens a reminder at its conversation, contact or itself', () => {
    const { item, deps } = setup();
    item('Netwerkdagboek openen').click!();
    expect(deps.showWindow).toHaveBeenCalledTimes(1);
    item('vandaag 09:00 · Stuur Jan de Vries een bedankje').click!();
    item('morgen 09:00 · Laat iets horen aan Sanne && Piet').click!();
    item('do 14 mei 09:00 · Vacaturebank bekijken').click!();
    expect(deps.open.mock.calls).toEqual([
      [{ type: 'open', target: { view: 'conversation', id: 'conv-jan' } }],
      [{ type: 'open', target: { view: 'contact', id: 'contact-sanne' } }],
      [{ type: 'open', target: { view: 'reminders', id: 'rem-own' } }],
    ]);
  });

  it('quits for real from Afsluiten', () => {
    const { item, deps } = setup();
    item('Afsluiten').click!();
    expect(deps.quit).toHaveBeenCalledTimes(1);
  });

  it('is built again on refresh, with what core says now', () => {
    const rows = [own];
    const { handle, labels } = setup(rows);
    rows.push(sanne);
    handle.refresh();
    expect(labels()).toContain('morgen 09:00 · Laat iets horen aan Sanne && Piet');
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(2);
  });

  it('says the due count in its tooltip', () => {
    expect(setup().tray.toolTip).toBe('Netwerkdagboek: 1 herinnering voor vandaag');
    expect(setup([own]).tray.toolTip).toBe('Netwerkdagboek');
  });

  it("counts the due reminders in its tooltip by the language's plural rules", () => {
    const late = { ...own, id: 'rem-late', group: 'overdue' as const };
    expect(setup([thanks, late]).tray.toolTip).toBe('Netwerkdagboek: 2 herinneringen voor vandaag');
    expect(setup([thanks], { language: () => 'en' }).tray.toolTip).toBe(
      'Netwerkdagboek: 1 reminder for today',
    );
    expect(setup([thanks, late], { language: () => 'en' }).tray.toolTip).toBe(
      'Netwerkdagboek: 2 reminders for today',
    );
  });

  it('is built again when the pointer reaches it on macOS and Windows', () => {
    const { tray } = setup([own], { platform: 'darwin' });
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    tray.emit('mouse-enter');
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(2);
  });

  it('opens the window on a click on Windows and Linux; on macOS a click opens the menu', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { tray, deps } = setup([own], { platform });
      tray.emit('click');
      expect(deps.showWindow).toHaveBeenCalledTimes(1);
    }
    const mac = setup([own], { platform: 'darwin' });
    mac.tray.emit('click');
    expect(mac.deps.showWindow).not.toHaveBeenCalled();
  });

  it('still opens and quits when core cannot list the reminders', () => {
    const log = vi.fn();
    const failure = new Error('journal gone');
    const { labels } = setup([], {
      schedule: () => ({
        rescan: vi.fn(),
        notificationAction: vi.fn(() => null),
        upcoming: () => {
          throw failure;
        },
        dueCount: () => 0,
        stop: vi.fn(),
      }),
      log,
    });
    expect(labels()).toEqual(expect.arrayContaining(['Netwerkdagboek openen', 'Afsluiten']));
    expect(log).toHaveBeenCalledWith(failure);
  });

  it('cuts a very long title short', () => {
    const { labels } = setup([row({ id: 'long', title: 'x'.repeat(200) })]);
    const label = labels()[3]!;
    expect(label.length).toBeLessThanOrEqual(60);
    expect(label.endsWith('…')).toBe(true);
  });
});

describe('setupTray', () => {
  it('is there while closeToTray is on, and goes when it is turned off', () => {
    let closeToTray = true;
    const control = setupTray(
      {
        schedule: () => null,
        language: () => 'nl',
        showWindow: vi.fn(),
        open: vi.fn(),
        quit: vi.fn(),
        iconPath: '/tray.png',
        today: () => TODAY,
        platform: 'linux',
      },
      () => closeToTray,
    );
    expect(FakeTray.created).toHaveLength(1);
    closeToTray = false;
    control.sync();
    expect(FakeTray.created[0]!.destroyed).toBe(true);
    control.refresh(); // no tray: nothing to do, nothing thrown
    closeToTray = true;
    control.sync();
    expect(FakeTray.created).toHaveLength(2);
    control.sync();
    expect(FakeTray.created).toHaveLength(2);
  });

  it('makes no tray when closeToTray is off', () => {
    setupTray(
      {
        schedule: () => null,
        language: () => 'nl',
        showWindow: vi.fn(),
        open: vi.fn(),
        quit: vi.fn(),
        iconPath: '/tray.png',
        today: () => TODAY,
      },
      () => false,
    );
    expect(FakeTray.created).toHaveLength(0);
  });
});

describe('targetOf and whenLabel', () => {
  it('prefers the conversation, then the contact, then the reminder itself', () => {
    expect(targetOf(thanks)).toEqual({ view: 'conversation', id: 'conv-jan' });
    expect(targetOf(sanne)).toEqual({ view: 'contact', id: 'contact-sanne' });
    expect(targetOf(own)).toEqual({ view: 'reminders', id: 'rem-own' });
  });

  it('opens the contact of a keeping-in-touch reminder, as its notification does', () => {
    const followUp = { ...thanks, kind: 'opvolgen' as const };
    expect(targetOf(followUp)).toEqual({ view: 'conversation', id: 'conv-jan' });
    expect(targetOf({ ...followUp, kind: 'contact-onderhouden' })).toEqual({
      view: 'contact',
      id: 'contact-jan',
    });
  });

  it('says overdue, today, tomorrow or the day', () => {
    expect(whenLabel({ ...own, group: 'overdue' }, TODAY, 'nl')).toBe('te laat');
    expect(whenLabel({ ...own, group: 'overdue' }, TODAY, 'en')).toBe('overdue');
    expect(whenLabel(thanks, TODAY, 'en')).toBe('today 09:00');
    expect(whenLabel(sanne, TODAY, 'en')).toBe('tomorrow 09:00');
    expect(whenLabel(own, TODAY, 'nl')).toBe('do 14 mei 09:00');
  });
});
