import type { Locator, Page } from '@playwright/test';

/** Overzicht (issue 13): its sections and the controls a person uses, found by role and name. */
export class OverviewPage {
  readonly today: Locator;
  readonly suggestions: Locator;
  readonly map: Locator;
  readonly quiet: Locator;
  readonly quietRows: Locator;
  readonly rhythm: Locator;
  readonly rhythmRows: Locator;
  readonly threeBNote: Locator;
  readonly touchDialog: Locator;

  constructor(readonly page: Page) {
    this.today = page.getByTestId('overview-today');
    this.suggestions = this.today.getByRole('listitem');
    this.map = page.getByTestId('overview-map');
    this.quiet = page.getByTestId('overview-quiet');
    this.quietRows = page.getByTestId('quiet-row');
    this.rhythm = page.getByTestId('overview-rhythm');
    this.rhythmRows = page.getByTestId('rhythm-table').locator('tbody tr');
    this.threeBNote = page.getByTestId('three-b-note');
    this.touchDialog = page.getByTestId('overview-touch-dialog');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^(Overzicht|Overview)$/ })
      .click();
    await this.today.waitFor();
  }

  suggestion(text: string | RegExp): Locator {
    return this.suggestions.filter({ hasText: text });
  }

  /** A kring × warmth cell that opens Contacten, by its accessible name ("2 warm in werk…"). */
  cell(name: RegExp): Locator {
    return this.map.getByRole('button', { name });
  }

  quietRow(name: string): Locator {
    return this.quietRows.filter({ hasText: name });
  }
}
