import type { Locator, Page } from '@playwright/test';

/** `#/print/scorecard/:partnerId`: the print layout as an on-screen preview. */
export class ScorecardPreviewPage {
  readonly page: Page;
  readonly document: Locator;
  readonly partnerName: Locator;
  readonly highlights: Locator;
  readonly kpiTable: Locator;
  readonly downloadPdf: Locator;

  constructor(page: Page) {
    this.page = page;
    this.document = page.getByTestId('scorecard');
    this.partnerName = page.getByTestId('scorecard-partner');
    this.highlights = page.getByTestId('scorecard-highlights');
    this.kpiTable = page.getByTestId('scorecard-kpis');
    this.downloadPdf = page.getByTestId('download-pdf');
  }

  async audience(which: 'Partner copy' | 'Internal') {
    await this.page
      .getByRole('radiogroup', { name: 'Audience' })
      .getByText(which, { exact: true })
      .click();
  }

  /** Charts are drawn as SVG (crisp in print). */
  charts(): Locator {
    return this.document.locator('[role="img"] svg');
  }
}
