import type { Locator, Page } from '@playwright/test';
import type { ExportFormat } from '../../electron/contract/exchange';

/** Where export, backups and restore are in Instellingen (and Contacten's export menu). */
export class ExportPage {
  readonly exportCard: Locator;
  readonly backupsCard: Locator;
  readonly backups: Locator;
  readonly restored: Locator;
  readonly confirm: Locator;
  readonly contactsMenu: Locator;

  constructor(readonly page: Page) {
    this.exportCard = page.getByTestId('export-card');
    this.backupsCard = page.getByTestId('backups-card');
    this.backups = this.backupsCard.getByTestId('backups').getByRole('listitem');
    this.restored = this.backupsCard.getByTestId('restored');
    this.confirm = page.getByRole('dialog');
    this.contactsMenu = page.locator('#export-contacts');
  }

  async openSettings(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Instellingen|Settings)$/ })
      .click();
    await this.exportCard.waitFor();
  }

  /** The export button of one format in Instellingen. */
  exportButton(format: ExportFormat): Locator {
    return this.exportCard.locator(`button[data-format="${format}"]`);
  }

  /** The backup of one day in the list, by the day as it is written ("20 november"). */
  backup(day: string | RegExp): Locator {
    return this.backups.filter({ hasText: day });
  }
}
