import type { Locator, Page } from '@playwright/test';

/** The methodology editor (`#/methodology`): actions, tabs, live preview, history. */
export class MethodologyPage {
  readonly page: Page;
  readonly status: Locator;
  readonly preview: Locator;
  readonly previewMoves: Locator;
  readonly previewTiers: Locator;
  readonly publishedNotice: Locator;
  readonly publishDone: Locator;
  readonly diff: Locator;
  readonly auditLog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.status = page.getByText(/^Version \d+ · (draft|published)$/i);
    this.preview = page.getByTestId('methodology-preview');
    this.previewMoves = page.getByTestId('preview-moves');
    this.previewTiers = page.getByTestId('preview-tiers');
    this.publishedNotice = page.getByTestId('published-notice');
    this.publishDone = page.getByTestId('publish-done');
    this.diff = page.getByTestId('version-diff');
    this.auditLog = page.getByTestId('audit-log');
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  groupWeight(group: string): Locator {
    return this.page.getByTestId('group-weights').getByLabel(group);
  }

  async publish(summary: string) {
    await this.button('Publish…').click();
    await this.page.getByLabel('What changed, and why').fill(summary);
    await this.button('Publish').click();
  }

  async customFormula(name: string, formula: string) {
    await this.button('Add KPIs…').click();
    await this.tab('Custom formula').click();
    await this.page.getByLabel('Name').fill(name);
    await this.page.getByTestId('custom-formula').fill(formula);
  }
}
