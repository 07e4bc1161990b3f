import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, dialog, resetFakeElectron, type FakeSaveDialogOptions } from './testing/fake-electron';
import { chooseExportLocation } from './export-dialog';

vi.mock('electron', () => import('./testing/fake-electron'));

beforeEach(resetFakeElectron);

describe('chooseExportLocation', () => {
  it('opens the save dialog in Documents with the suggested name and only the format’s extension', async () => {
    app.setPath('documents', '/home/anna/Documenten');
    dialog.savePaths.push('/home/anna/Documenten/mijn-netwerk.vcf');
    expect(await chooseExportLocation('netwerkdagboek-contacten-2026-11-23.vcf', 'vcard')).toBe(
      '/home/anna/Documenten/mijn-netwerk.vcf',
    );
    expect(dialog.saveShown).toEqual([
      {
        defaultPath: '/home/anna/Documenten/netwerkdagboek-contacten-2026-11-23.vcf',
        filters: [{ name: 'vCard', extensions: ['vcf'] }],
        // Replacing a file is asked by the dialog itself, on every system.
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      },
    ]);
  });

  it('is faithful to Electron’s typings: its options and answers are Electron’s shapes', async () => {
    // Checked by the compiler: a field the fake takes that Electron does not, or an answer of another
    // shape, fails the typecheck.
    const options: SaveDialogOptions = {} as FakeSaveDialogOptions;
    const answer: SaveDialogReturnValue = await dialog.showSaveDialog(options);
    expect(answer).toEqual({ canceled: true, filePath: '' });
  });

  it('answers null when the person cancels', async () => {
    dialog.savePaths.push(null);
    expect(await chooseExportLocation('netwerkdagboek-agenda-2026-11-23.ics', 'ics')).toBeNull();
    expect(dialog.saveShown[0]?.filters).toEqual([{ name: 'iCalendar', extensions: ['ics'] }]);
  });
});
