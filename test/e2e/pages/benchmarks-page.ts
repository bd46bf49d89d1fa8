import type { Locator, Page } from '@playwright/test';

/** The Benchmarks page (`#/benchmarks`): controls, tabs, box plots, tables, the partner-safe view. */
export class BenchmarksPage {
  readonly page: Page;
  readonly controls: Locator;
  readonly kpi: Locator;
  readonly groups: Locator;
  readonly partner: Locator;
  readonly boxplot: Locator;
  readonly groupTable: Locator;
  readonly leagueTable: Locator;
  readonly partnerTable: Locator;
  readonly partnerView: Locator;
  readonly baselineGroups: Locator;
  readonly baselinePartners: Locator;
  readonly references: Locator;

  constructor(page: Page) {
    this.page = page;
    this.controls = page.getByTestId('benchmark-controls');
    this.kpi = this.controls.getByRole('combobox', { name: 'KPI' });
    this.groups = this.controls.getByRole('combobox', { name: 'Peer groups by' });
    this.partner = this.controls.getByRole('combobox', { name: 'Highlight partner' });
    this.boxplot = page.getByTestId('benchmark-boxplot-chart');
    this.groupTable = page.getByRole('table', { name: 'Group statistics' });
    this.leagueTable = page.getByRole('table', { name: 'League table' });
    this.partnerTable = page.getByRole('table', { name: 'Partner-safe benchmark' });
    this.partnerView = page.getByTestId('partner-benchmark');
    this.baselineGroups = page.getByRole('table', { name: 'Baseline groups' });
    this.baselinePartners = page.getByRole('table', { name: 'Baseline partners' });
    this.references = page.getByRole('table', { name: 'Reference sources' });
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  rows(table: Locator): Locator {
    return table.locator('tbody tr');
  }

  async chooseKpi(name: string) {
    await this.kpi.click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  /** Replaces the grouping with the given dimension labels (in order). */
  async groupBy(...labels: string[]) {
    await this.groups.click();
    // Backspace in an empty search removes the last chosen dimension.
    for (let i = 0; i < 4; i++) await this.groups.press('Backspace');
    for (const label of labels) {
      await this.groups.click();
      await this.page.getByRole('option', { name: label, exact: true }).click();
    }
    await this.page.keyboard.press('Escape');
  }

  async highlight(search: string, option: string) {
    await this.partner.fill(search);
    await this.page.getByRole('option', { name: option }).click();
  }
}
