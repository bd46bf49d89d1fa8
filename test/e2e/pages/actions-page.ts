import type { Locator, Page } from '@playwright/test';

/** `#/actions`: improvement actions across partners. */
export class ActionsPage {
  readonly page: Page;
  readonly table: Locator;
  readonly empty: Locator;
  readonly count: Locator;
  readonly ownerFilter: Locator;

  constructor(page: Page) {
    this.page = page;
    this.table = page.getByTestId('actions-table');
    this.empty = page.getByTestId('actions-empty');
    this.count = page.getByTestId('actions-count');
    this.ownerFilter = page.getByRole('textbox', { name: 'Filter by owner' });
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ hasText: title });
  }

  async show(which: 'Open' | 'Done' | 'All') {
    await this.page
      .getByRole('radiogroup', { name: 'Which actions' })
      .getByText(which, { exact: true })
      .click();
  }

  async setStatus(title: string, status: 'Open' | 'In progress' | 'Done') {
    await this.row(title)
      .getByRole('combobox', { name: `Status of ${title}` })
      .click();
    await this.page.getByRole('option', { name: status, exact: true }).click();
  }
}
