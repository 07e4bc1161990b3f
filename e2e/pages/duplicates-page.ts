import type { Locator, Page } from '@playwright/test';

/** Likely duplicates in Contacten (issue 12): the button, the list of pairs and the merge dialog. */
export class DuplicatesPage {
  readonly button: Locator;
  readonly list: Locator;
  readonly pairs: Locator;
  readonly merge: Locator;
  readonly sameName: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: /^(Mogelijke dubbelen|Possible duplicates) \(\d+\)$/ });
    this.list = page.getByRole('dialog', { name: /^(Mogelijke dubbelen|Possible duplicates)$/ });
    this.pairs = this.list.getByRole('listitem');
    this.merge = page.getByRole('dialog', { name: /^(Contacten samenvoegen|Merge contacts)$/ });
    this.sameName = page.getByTestId('same-name-warning');
  }

  pair(a: string, b: string): Locator {
    return this.pairs.filter({ has: this.page.getByText(a, { exact: true }) }).filter({
      has: this.page.getByText(b, { exact: true }),
    });
  }

  /** In the merge dialog: keep the value of this field shown as `value`. */
  async choose(field: string, value: string): Promise<void> {
    await this.merge.getByRole('radio', { name: new RegExp(`^${field}: .* ${value}$`) }).check();
  }
}
