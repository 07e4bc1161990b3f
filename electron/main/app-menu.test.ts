import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../contract/contract';
import { appMenuTemplate, setupAppMenu } from './app-menu';
import { Menu, resetFakeElectron, type FakeMenuItem } from './testing/fake-electron';

vi.mock('electron', () => import('./testing/fake-electron'));

beforeEach(resetFakeElectron);

const platforms: NodeJS.Platform[] = ['darwin', 'win32', 'linux'];
const developmentRoles = ['reload', 'forceReload', 'toggleDevTools'];
const editRoles = ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'];

/** Every item of a menu, submenus included. */
function allItems(items: readonly FakeMenuItem[]): FakeMenuItem[] {
  return items.flatMap((item) => [item, ...allItems(item.submenu ?? [])]);
}
const roles = (items: readonly FakeMenuItem[]) => allItems(items).flatMap((item) => item.role ?? []);
const template = (language: Language, platform: NodeJS.Platform, packaged: boolean) =>
  appMenuTemplate(language, { platform, packaged }) as FakeMenuItem[];

describe('the application menu', () => {
  it.each(platforms)(
    'has no Reload, Force Reload or Developer Tools in a packaged build on %s',
    (platform) => {
      for (const language of ['nl', 'en'] as const) {
        const found = roles(template(language, platform, true));
        for (const role of developmentRoles) expect(found).not.toContain(role);
        const labels = allItems(template(language, platform, true)).map((item) => item.label ?? '');
        expect(labels.join(' ')).not.toMatch(/reload|laden|developer|ontwikkelaar/i);
      }
    },
  );

  it('has them while developing', () => {
    for (const platform of platforms) {
      expect(roles(template('nl', platform, false))).toEqual(expect.arrayContaining(developmentRoles));
    }
  });

  it.each(platforms)('has the Edit roles on %s, so copy and paste work in the page', (platform) => {
    const edit = template('en', platform, true).find((item) => item.label === 'Edit');
    expect(edit?.submenu?.flatMap((item) => item.role ?? [])).toEqual(editRoles);
  });

  it('has the app menu on macOS (about, hide, quit) and a window menu', () => {
    const [appMenu, ...rest] = template('nl', 'darwin', true);
    expect(appMenu?.label).toBe('Netwerkdagboek');
    expect(roles([appMenu!])).toEqual(
      expect.arrayContaining(['about', 'hide', 'hideOthers', 'unhide', 'quit']),
    );
    expect(rest.map((item) => item.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    expect(roles(rest)).toEqual(expect.arrayContaining(['minimize', 'zoom', 'close', 'front']));
  });

  it('keeps quitting in File outside macOS, with a window menu', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const menu = template('en', platform, true);
      expect(menu.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
      expect(menu[0]?.submenu?.at(-1)?.role).toBe('quit');
      expect(roles(menu)).not.toContain('about');
    }
  });

  it('speaks Dutch and English, every item labelled in the language chosen', () => {
    const nl = allItems(template('nl', 'darwin', false)).filter((item) => item.type !== 'separator');
    const en = allItems(template('en', 'darwin', false)).filter((item) => item.type !== 'separator');
    expect(nl.every((item) => item.label)).toBe(true);
    expect(en.every((item) => item.label)).toBe(true);
    const nlLabels = nl.map((item) => item.label);
    expect(nlLabels).toEqual(expect.arrayContaining(['Kopiëren', 'Plakken', 'Stop Netwerkdagboek']));
    expect(en.map((item) => item.label)).toEqual(
      expect.arrayContaining(['Copy', 'Paste', 'Quit Netwerkdagboek']),
    );
  });

  it('is set at start and built again, in the new language, when rebuilt', () => {
    let language: Language = 'nl';
    const menu = setupAppMenu(() => language, { platform: 'linux', packaged: true });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(Menu.applicationMenu?.items.map((item) => item.label)).toEqual([
      'Bestand',
      'Bewerken',
      'Beeld',
      'Venster',
      'Help',
    ]);
    language = 'en';
    menu.rebuild();
    expect(Menu.applicationMenu?.items.map((item) => item.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
  });

  it.each(platforms)('shows the page’s shortcuts on %s, and a click sends the same command', (platform) => {
    const command = vi.fn();
    const menu = appMenuTemplate('nl', { platform, packaged: true, command }) as FakeMenuItem[];
    const items = allItems(menu).filter((item) => item.accelerator);
    expect(items.map((item) => [item.label, item.accelerator])).toEqual([
      ['Nieuw contact', 'CmdOrCtrl+N'],
      ['Gesprek plannen', 'CmdOrCtrl+Shift+N'],
      ['Nieuwe herinnering', 'CmdOrCtrl+Shift+H'],
      ['Opslaan', 'CmdOrCtrl+S'],
      ['Contacten zoeken', 'CmdOrCtrl+K'],
      ['Sneltoetsen', 'CmdOrCtrl+/'],
    ]);
    // The page handles the keys itself; the menu only shows them (Windows, Linux) and answers a click.
    expect(items.every((item) => item.registerAccelerator === false)).toBe(true);
    for (const item of items) item.click!();
    expect(command.mock.calls.map(([name]) => name)).toEqual([
      'new-contact',
      'new-conversation',
      'new-reminder',
      'save',
      'search',
      'shortcuts',
    ]);
  });
});
