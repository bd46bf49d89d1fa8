import type { Locator, Page } from '@playwright/test';

/** A partner's scorecard (`#/partners/:partnerId`). */
export class PartnerPage {
  readonly page: Page;
  readonly root: Locator;
  readonly header: Locator;
  readonly composite: Locator;
  readonly kpiTable: Locator;
  readonly contributions: Locator;
  readonly contributionTotal: Locator;
  readonly nextTier: Locator;
  readonly sources: Locator;
  readonly trends: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('partner-page');
    this.header = page.getByTestId('partner-header');
    this.composite = page.getByTestId('partner-composite');
    this.kpiTable = page.getByRole('table', { name: 'KPI breakdown' });
    this.contributions = page.getByTestId('kpi-contribution');
    this.contributionTotal = page.getByTestId('kpi-contribution-total');
    this.nextTier = page.getByTestId('next-tier');
    this.sources = page.getByRole('table', { name: 'Value sources' });
    this.trends = page.getByTestId('kpi-trend');
  }

  /** Numbers as shown (en-US): "1,234.56" → 1234.56. */
  static number(text: string | null): number {
    return Number((text ?? '').replace(/[^0-9.-]/g, ''));
  }

  async contributionValues(): Promise<number[]> {
    return (await this.contributions.allTextContents()).map((t) => PartnerPage.number(t));
  }
}
