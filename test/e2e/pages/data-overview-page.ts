import type { Locator, Page } from '@playwright/test';

export type CountName =
  'partners' | 'periods' | 'measures' | 'values' | 'targets' | 'deal-registrations' | 'imports';

/** The Data overview (`#/data`): headline counts and tables of what the workspace holds. */
export class DataOverviewPage {
  readonly page: Page;
  readonly emptyNotice: Locator;
  readonly noWorkspace: Locator;
  readonly refreshButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.emptyNotice = page.getByRole('alert').filter({ hasText: 'This workspace is empty' });
    this.noWorkspace = page.getByTestId('no-workspace');
    this.refreshButton = page.getByRole('button', { name: 'Refresh' });
  }

  /** The headline number of one stat card; its text is the locale-formatted count. */
  count(name: CountName): Locator {
    return this.page.getByTestId(`count-${name}`);
  }

  table(label: string): Locator {
    return this.page.getByRole('table', { name: label });
  }

  /** Body rows of a table, without the header row. */
  rows(label: string): Locator {
    return this.table(label).locator('tbody tr');
  }
}
