import type { Locator, Page } from '@playwright/test';

/** Investment planning (`#/investment`): the plan editor, saved plans and exports. */
export class InvestmentPage {
  readonly page: Page;
  readonly budget: Locator;
  readonly allocated: Locator;
  readonly allocation: Locator;
  readonly planName: Locator;
  readonly saveButton: Locator;
  readonly savedPlans: Locator;

  constructor(page: Page) {
    this.page = page;
    this.budget = page.getByRole('textbox', { name: 'Budget', exact: true });
    this.allocated = page.getByTestId('plan-allocated');
    this.allocation = page.getByRole('table', { name: 'Allocation' });
    this.planName = page.getByRole('textbox', { name: 'Plan name' });
    this.saveButton = page.getByRole('button', { name: /^Save (as new )?plan$/ });
    this.savedPlans = page.getByRole('table', { name: 'Saved plans' });
  }

  tab(name: 'Plan' | 'Saved plans' | 'Claims' | 'Return'): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  rows(): Locator {
    return this.allocation.locator('tbody tr');
  }

  /** Sets a partner's amount by hand (click the amount, type, Enter). */
  async setAmount(partner: string, amount: string) {
    await this.page.getByRole('button', { name: `Edit amount for ${partner}` }).click();
    const input = this.page.getByRole('textbox', { name: `Amount for ${partner}` });
    await input.fill(amount);
    await input.press('Enter');
  }

  async exportAs(label: 'Excel (.xlsx)' | 'CSV') {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    await this.page.getByRole('menuitem', { name: label }).click();
    return download;
  }
}
