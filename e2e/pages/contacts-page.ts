import type { Locator, Page } from '@playwright/test';

/** Where things are on the contacts screen, so tests speak in what a person does. */
export class ContactsPage {
  readonly list: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly detailHeading: Locator;
  readonly toast: Locator;
  readonly count: Locator;
  /** The list's header: its title, count and actions. */
  readonly header: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('listbox', { name: /contactenlijst|contact list/i });
    this.rows = this.list.getByRole('option');
    this.search = page.getByRole('searchbox');
    this.detailHeading = page.locator('#contact-name');
    this.toast = page.getByRole('status');
    this.count = page.getByTestId('contact-count');
    this.header = page.locator('.list-pane > header');
  }

  row(name: string | RegExp): Locator {
    return this.rows.filter({ hasText: name });
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  async nav(name: RegExp): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name }).click();
  }

  async startNew(): Promise<void> {
    await this.page
      .getByRole('button', { name: /nieuw contact|new contact/i })
      .first()
      .click();
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      const field = this.field(label);
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    }
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^(opslaan|save)$/i }).click();
  }

  /** Creates a contact through the form and waits until it is shown. */
  async create(values: Record<string, string>): Promise<void> {
    await this.startNew();
    await this.fill(values);
    await this.save();
    await this.detailHeading.filter({ hasText: values['Naam'] ?? values['Name'] ?? '' }).waitFor();
  }
}
