import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

/** The Portfolio (`#/portfolio`): charts, filters and the virtual table of every partner. */
export class PortfolioPage {
  readonly page: Page;
  readonly grid: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly search: Locator;
  readonly quadrant: Locator;
  readonly brushFilter: Locator;
  readonly summary: Locator;

  constructor(page: Page) {
    this.page = page;
    this.grid = page.getByTestId('portfolio-grid');
    this.rows = this.grid.locator('tbody tr[aria-rowindex]');
    this.count = page.getByTestId('portfolio-count');
    this.search = page.getByRole('textbox', { name: 'Search partners' });
    this.quadrant = page.getByTestId('quadrant-canvas');
    this.brushFilter = page.getByTestId('brush-filter');
    this.summary = page.getByTestId('portfolio-summary');
  }

  /** "87 of 120 partners" → 87. */
  async shownCount(): Promise<number> {
    const text = (await this.count.textContent()) ?? '';
    return Number(text.split(' of ')[0]!.replace(/[^0-9]/g, ''));
  }

  async sortBy(column: string) {
    await this.grid
      .getByRole('columnheader', { name: column, exact: true })
      .getByRole('button')
      .click();
  }

  sortState(column: string): Promise<string | null> {
    return this.grid
      .getByRole('columnheader', { name: column, exact: true })
      .getAttribute('aria-sort');
  }

  /** Texts of one column in the rendered rows, top to bottom. */
  async columnTexts(column: string): Promise<string[]> {
    const headers = await this.grid.locator('thead th').allTextContents();
    const index = headers.findIndex((h) => h.replace(/[▲▼]/g, '').trim() === column);
    if (index < 0) throw new Error(`no column ${column} in ${headers.join(', ')}`);
    return this.rows.locator(`td:nth-child(${index + 1})`).allTextContents();
  }

  /** Picks values of a facet filter (Type, Tier, Region, Account manager, Action segment). */
  async filter(facet: string, ...values: string[]) {
    const input = this.page.getByRole('combobox', { name: facet, exact: true });
    await input.click();
    for (const value of values) {
      await this.page.getByRole('option', { name: new RegExp(`^${value} \\(`) }).click();
    }
    await this.page.keyboard.press('Escape');
  }

  /** Drags a rectangle on the quadrant chart; corners are fractions of the chart's box. */
  async brush(from: [number, number], to: [number, number]) {
    const box = await this.quadrant.boundingBox();
    if (!box) throw new Error('the quadrant chart is not visible');
    const at = ([fx, fy]: [number, number]) =>
      [box.x + fx * box.width, box.y + fy * box.height] as const;
    const [x0, y0] = at(from);
    const [x1, y1] = at(to);
    await this.page.mouse.move(x0, y0);
    await this.page.mouse.down();
    await this.page.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, { steps: 5 });
    await this.page.mouse.move(x1, y1, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Chooses an entry of the Export menu and returns the downloaded file. */
  async export(item: string): Promise<{ fileName: string; bytes: Buffer; text: string }> {
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('menuitem', { name: item }).click(),
    ]);
    const path = await download.path();
    const bytes = readFileSync(path);
    return { fileName: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }

  /** The view's parameters in the address (after `#/portfolio?`). */
  async viewParams(): Promise<URLSearchParams> {
    const hash = new URL(this.page.url()).hash;
    return new URLSearchParams(hash.split('?')[1] ?? '');
  }
}
