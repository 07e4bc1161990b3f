import type { Locator, Page } from '@playwright/test';

/** Contacten's filters: the button, the panel of choices with their counts, the chips and the empty state. */
export class ContactFiltersPage {
  readonly toggle: Locator;
  readonly panel: Locator;
  readonly chips: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.toggle = page.locator('#filter-toggle');
    this.panel = page.getByRole('group', { name: /^(Filter de contacten|Filter the contacts)$/ });
    this.chips = page.getByRole('list', { name: /^(Gekozen filters|Chosen filters)$/ }).getByRole('listitem');
    this.empty = page.getByTestId('filters-empty');
  }

  /** A choice in the panel by its group and its label (without the count). */
  option(group: string | RegExp, label: string): Locator {
    return this.panel
      .getByRole('group', { name: group })
      .getByRole('checkbox', { name: new RegExp(`^${label} \\d+$`) });
  }

  chip(label: string): Locator {
    return this.chips.filter({ has: this.page.locator('span', { hasText: new RegExp(`^${label}$`) }) });
  }

  removeButton(label: string): Locator {
    return this.page.getByRole('button', {
      name: new RegExp(`^(Filter ${label} weghalen|Remove filter ${label})$`),
    });
  }
}
