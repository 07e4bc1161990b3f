/**
 * Where an export goes: the system's save dialog, starting in the person's Documents folder with the
 * name core suggests, offering only the format's own extension. The dialog itself asks before a file is
 * replaced (`showOverwriteConfirmation` on Linux; macOS and Windows always ask).
 */
import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { ExportFormat } from '../contract/exchange';

const filters: Record<ExportFormat, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  vcard: { name: 'vCard', extensions: ['vcf'] },
  ics: { name: 'iCalendar', extensions: ['ics'] },
  json: { name: 'JSON', extensions: ['json'] },
};

/** Core's `chooseExportLocation` port: the chosen path, or null when the person cancels. */
export async function chooseExportLocation(
  suggestedName: string,
  format: ExportFormat,
): Promise<string | null> {
  const { canceled, filePath } = await dialog.showSaveDialog({
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [filters[format]],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return canceled || !filePath ? null : filePath;
}
