import type { Locator, Page } from '@playwright/test';

/** The methodology diagnostics page (`#/methodology/diagnostics`) and the What-if Uncertainty tab. */
export class DiagnosticsPage {
  readonly page: Page;
  readonly root: Locator;
  readonly heatmap: Locator;
  readonly groups: Locator;
  readonly kpis: Locator;
  readonly importance: Locator;
  readonly redundantCount: Locator;
  readonly uncertainty: Locator;
  readonly uncertaintyProgress: Locator;
  readonly indices: Locator;
  readonly rankChart: Locator;
  readonly rankRows: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('diagnostics');
    this.heatmap = page.getByTestId('diagnostics-heatmap');
    this.groups = page.getByTestId('diagnostics-groups').locator('tbody tr');
    this.kpis = page.getByTestId('diagnostics-kpis').locator('tbody tr');
    this.importance = page.getByTestId('diagnostics-importance');
    this.redundantCount = page.getByTestId('redundant-count');
    this.uncertainty = page.getByTestId('whatif-uncertainty');
    this.uncertaintyProgress = page.getByTestId('uncertainty-progress');
    this.indices = page.getByTestId('uncertainty-indices').locator('tbody tr');
    this.rankChart = page.getByTestId('uncertainty-chart');
    this.rankRows = page.getByTestId('uncertainty-partners').locator('tbody tr');
  }

  kpiRow(key: string): Locator {
    return this.page.getByTestId('diagnostics-kpis').locator(`tr[data-kpi="${key}"]`);
  }

  indexRow(factor: string): Locator {
    return this.page.getByTestId('uncertainty-indices').locator(`tr[data-factor="${factor}"]`);
  }
}
