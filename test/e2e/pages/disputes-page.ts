import type { Locator, Page } from '@playwright/test';

/** `#/disputes` and the partner page's disputes panel. */
export class DisputesPage {
  readonly page: Page;
  readonly table: Locator;
  readonly detail: Locator;
  readonly status: Locator;
  readonly corrections: Locator;

  constructor(page: Page) {
    this.page = page;
    this.table = page.getByTestId('disputes-table');
    this.detail = page.getByTestId('dispute-detail');
    this.status = page.getByTestId('dispute-status');
    this.corrections = this.detail.getByTestId('corrections-table');
  }

  /** From the partner page: dispute a KPI (by its name) of the page's period. */
  async openFromPartnerPage(kpiName: string, reason: string) {
    await this.page.getByTestId('open-dispute').click();
    await this.page.getByTestId('dispute-figure').click();
    await this.page.getByRole('option', { name: kpiName, exact: true }).click();
    await this.page.getByTestId('dispute-reason').fill(reason);
    await this.page.getByTestId('dispute-submit').click();
  }

  row(partnerName: string): Locator {
    return this.table.getByRole('row').filter({ hasText: partnerName });
  }

  async requestCorrection(value: string, reason: string, requestedBy: string) {
    await this.detail.getByTestId('record-correction').click();
    await this.detail.getByTestId('correction-value').fill(value);
    await this.detail.getByTestId('correction-reason').fill(reason);
    await this.detail.getByTestId('correction-requester').fill(requestedBy);
    await this.detail.getByTestId('request-correction').click();
  }

  async decide(approver: string) {
    await this.detail.getByTestId('approver-name').fill(approver);
    await this.detail.getByTestId('approve-correction').click();
  }
}
