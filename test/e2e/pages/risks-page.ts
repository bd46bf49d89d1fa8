import type { Locator, Page } from '@playwright/test';

/** The risk list (`#/risks`), its thresholds drawer, and the alerts inbox (`#/alerts`). */
export class RisksPage {
  readonly page: Page;
  readonly flagsTable: Locator;
  readonly concentration: Locator;
  readonly thresholdsButton: Locator;
  readonly drawer: Locator;
  readonly alertsBadge: Locator;
  readonly alertRows: Locator;
  readonly alertsTable: Locator;

  constructor(page: Page) {
    this.page = page;
    this.flagsTable = page.getByRole('table', { name: 'Risk flags' });
    this.concentration = page.getByTestId('risk-concentration');
    this.thresholdsButton = page.getByRole('button', { name: 'Thresholds…' });
    this.drawer = page.getByRole('dialog', { name: 'Risk thresholds' });
    this.alertsBadge = page.getByTestId('alerts-badge');
    this.alertsTable = page.getByRole('table', { name: 'Alerts' });
    this.alertRows = page.getByTestId('alert-row');
  }

  rule(key: string): Locator {
    return this.page.getByTestId(`risk-rule-${key}`);
  }

  async ruleCount(key: string): Promise<number> {
    return Number(await this.rule(key).getByTestId('risk-rule-count').textContent());
  }

  flagRows(): Locator {
    return this.flagsTable.locator('tbody tr');
  }

  /** The header's bell: "Alerts: 3 need attention, 40 open". */
  bell(): Locator {
    return this.page.getByRole('link', { name: /^Alerts: \d+ needs? attention, \d+ open$/ });
  }

  /** The number of open alerts in the header's bell, from its accessible name. */
  async openAlerts(): Promise<number> {
    const label = await this.bell().getAttribute('aria-label');
    return Number(/(\d+) open$/.exec(label ?? '')?.[1] ?? NaN);
  }

  /** The number the bell shows: open alerts that need attention (high severity). */
  async attentionAlerts(): Promise<number> {
    const label = await this.bell().getAttribute('aria-label');
    return Number(/: (\d+) need/.exec(label ?? '')?.[1] ?? NaN);
  }

  /** How many alerts the shown lines stand for (a digest line stands for several). */
  async alertsIn(rows: Locator): Promise<number> {
    const counts = await rows.evaluateAll((els) =>
      els.map((el) =>
        Number(
          (el as unknown as { getAttribute(n: string): string | null }).getAttribute('data-count'),
        ),
      ),
    );
    return counts.reduce((a, b) => a + b, 0);
  }
}
