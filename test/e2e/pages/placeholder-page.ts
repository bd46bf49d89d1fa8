import type { Locator, Page } from '@playwright/test';

/** A section that is not built yet. */
export class PlaceholderPage {
  readonly panel: Locator;
  readonly dataOverviewLink: Locator;

  constructor(page: Page) {
    this.panel = page.getByTestId('placeholder');
    this.dataOverviewLink = this.panel.getByRole('link', { name: 'Go to the Data overview' });
  }
}
