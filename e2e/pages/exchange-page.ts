import type { Locator, Page } from '@playwright/test';

/** Where things are in the sort-in pass and the import dialog, so tests speak in what a person does. */
export class ExchangePage {
  readonly sortIn: Locator;
  readonly sortInName: Locator;
  readonly sortInProgress: Locator;
  readonly sortInSave: Locator;
  readonly unsorted: Locator;
  readonly importDialog: Locator;
  readonly importRows: Locator;
  readonly importProblem: Locator;
  readonly confirmImport: Locator;

  constructor(readonly page: Page) {
    this.importDialog = page.getByRole('dialog', { name: /^(Contacten importeren|Import contacts)$/ });
    this.importRows = this.importDialog.getByRole('listbox').getByRole('option');
    this.importProblem = this.importDialog.getByTestId('import-problem');
    this.confirmImport = this.importDialog.getByRole('button', {
      name: /importeren$|^Import \d|niets gekozen|Nothing is selected|staat er al in|already in your journal|Niemand in dit bestand|Nobody in this file/,
    });
    this.sortIn = page.getByRole('dialog', { name: /^(Indelen|Sort people in)$/ });
    this.sortInName = this.sortIn.locator('#sort-in-name');
    this.sortInProgress = this.sortIn.getByTestId('sort-in-progress');
    this.sortInSave = this.sortIn.getByTestId('sort-in-save');
    this.unsorted = page.getByTestId('unsorted-count');
  }

  /** Opens the sort-in pass from Contacten's "N nog in te delen". */
  async startSortIn(): Promise<void> {
    await this.unsorted.getByRole('button', { name: /^(Indelen|Nu indelen|Sort in|Sort in now)$/ }).click();
    await this.sortIn.waitFor();
  }

  /** Opens the import dialog from Contacten's toolbar. */
  async openImport(): Promise<void> {
    await this.page
      .getByRole('button', { name: /^(Importeren|Import)$/ })
      .first()
      .click();
    await this.importDialog.waitFor();
  }

  /** Chooses a file through the dialog's file input, as the system's file chooser would hand it over. */
  async chooseFile(name: string, content: string | Buffer, mimeType = 'text/csv'): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importDialog.getByRole('button', { name: /^(Kies een bestand…|Choose a file…)$/ }).click();
    await (await chooser).setFiles({ name, mimeType, buffer: Buffer.from(content) });
  }

  /** The count of one status in the preview (nieuw, bijwerken, aanwezig, overgeslagen). */
  count(status: 'nieuw' | 'bijwerken' | 'aanwezig' | 'overgeslagen'): Locator {
    return this.importDialog.getByTestId(`import-count-${status}`).locator('.chip');
  }

  importRow(name: string | RegExp): Locator {
    return this.importRows.filter({ hasText: name });
  }

  /** Drops a file onto the window, as a file dragged from the file manager arrives. */
  async dropFile(name: string, content: string, type = 'text/csv'): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ({ name, content, type }) => {
        const data = new DataTransfer();
        data.items.add(new File([content], name, { type }));
        return data;
      },
      { name, content, type },
    );
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      await this.page.dispatchEvent('body', kind, { dataTransfer: transfer });
    }
  }

  /** A choice in the pass (a circle, warmth or strength), by the words on its button. */
  choice(name: string | RegExp): Locator {
    return this.sortIn.getByRole('button', { name });
  }
}
