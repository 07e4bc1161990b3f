import type { Locator, Page } from '@playwright/test';

/** Where things are in the sort-in pass and the import dialog, so tests speak in what a person does. */
export class ExchangePage {
  readonly sortIn: Locator;
  readonly sortInName: Locator;
  readonly sortInProgress: Locator;
  readonly sortInSave: Locator;
  readonly unsorted: Locator;

  constructor(readonly page: Page) {
    this.sortIn = page.getByRole('dialog', { name: /^(Indelen|Sort people in)$/ });
    this.sortInName = this.sortIn.locator('#sort-in-name');
    this.sortInProgress = this.sortIn.getByTestId('sort-in-progress');
    this.sortInSave = this.sortIn.getByTestId('sort-in-save');
    this.unsorted = page.getByTestId('unsorted-count');
  }

  /** Opens the sort-in pass from Contacten's "N nog in te delen". */
  async startSortIn(): Promise<void> {
    await this.unsorted.getByRole('button').click();
    await this.sortIn.waitFor();
  }

  /** A choice in the pass (a circle, warmth or strength), by the words on its button. */
  choice(name: string | RegExp): Locator {
    return this.sortIn.getByRole('button', { name });
  }
}
