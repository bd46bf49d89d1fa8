import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/** The import wizard (`#/data/import`): file, preview, mapping, quality report, commit, history. */
export class ImportPage {
  readonly page: Page;
  readonly fileInput: Locator;
  readonly dropZone: Locator;
  readonly preview: Locator;
  readonly mapping: Locator;
  readonly mappingCard: Locator;
  readonly mappingProblems: Locator;
  readonly measureNames: Locator;
  readonly analyseAgain: Locator;
  readonly rejectedRows: Locator;
  readonly commitButton: Locator;
  readonly commitStatus: Locator;
  readonly summary: Locator;
  readonly backToOverview: Locator;
  readonly history: Locator;
  readonly error: Locator;
  readonly heading: Locator;

  constructor(page: Page) {
    this.page = page;
    this.fileInput = page.getByTestId('import-file-input');
    this.dropZone = page.getByTestId('import-drop-zone');
    this.preview = page.getByRole('table', { name: 'File preview' });
    this.mapping = page.getByRole('table', { name: 'Column mapping' });
    this.mappingCard = page.getByRole('region', { name: 'Column mapping' });
    this.mappingProblems = page.getByTestId('mapping-problems');
    this.measureNames = page.getByRole('table', { name: 'Measure names' });
    this.analyseAgain = page.getByRole('button', { name: 'Analyse again' });
    this.rejectedRows = page.getByRole('table', { name: 'Rejected rows' });
    this.commitButton = page.getByTestId('commit-import');
    this.commitStatus = page.getByTestId('commit-status');
    this.summary = page.getByTestId('import-summary');
    this.backToOverview = page.getByRole('link', { name: 'Back to the Data overview' });
    this.history = page.getByRole('table', { name: 'Imports' });
    this.error = page.getByTestId('api-error');
    this.heading = page.getByRole('heading', { level: 1, name: 'Import data' });
  }

  async open(hostUrl: string) {
    await this.page.goto(`${hostUrl}#/data/import`);
  }

  /** Picks a file through the wizard's file input (the page must be the import page). */
  async chooseFile(path: string) {
    await this.heading.waitFor();
    await this.fileInput.setInputFiles(path);
  }

  /** Picks several files at once through the wizard's file input (a multiple picker). */
  async chooseFiles(paths: string[]) {
    await this.heading.waitFor();
    await this.fileInput.setInputFiles(paths);
  }

  /** Drops a file on the drop zone the way a browser does: a drop event carrying a DataTransfer. */
  async dropFile(path: string, mimeType = 'text/csv') {
    const content = readFileSync(path, 'utf8');
    // Evaluated in the page (this file is compiled without the DOM library).
    const args = JSON.stringify({ name: basename(path), text: content, type: mimeType });
    const dataTransfer = await this.page.evaluateHandle(`(() => {
      const { name, text, type } = ${args};
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type }));
      return dt;
    })()`);
    await this.dropZone.dispatchEvent('dragover', { dataTransfer });
    await this.dropZone.dispatchEvent('drop', { dataTransfer });
  }

  /** The number shown by one of the report's counters (rows-read, rows-accepted, rows-rejected…). */
  reportCount(name: string): Locator {
    return this.page.getByTestId(`report-${name}`);
  }

  roleSelect(column: string): Locator {
    return this.mapping.getByRole('combobox', { name: `Role of ${column}` });
  }

  measureSelect(column: string): Locator {
    return this.mapping.getByRole('combobox', { name: `Measure of ${column}` });
  }

  /** Gives a column a role ("Measure…", "Partner id", "— not imported —"…). */
  async setRole(column: string, role: string) {
    await this.pick(this.roleSelect(column), role);
  }

  /** Sends a measure column to a measure, found by typing part of its name. */
  async setMeasure(column: string, measure: string) {
    await this.pick(this.measureSelect(column), measure, true);
  }

  /** Long tables: the measure a name in the file stands for. */
  async mapMeasureName(name: string, measure: string) {
    await this.pick(
      this.measureNames.getByRole('combobox', { name: `Measure for ${name}` }),
      measure,
      true,
    );
  }

  /** Saves the current mapping as a preset in the workspace. */
  async savePreset(name: string) {
    await this.mappingCard.getByPlaceholder('Preset name').fill(name);
    await this.mappingCard.getByRole('button', { name: 'Save preset' }).click();
    await this.mappingCard
      .getByRole('status')
      .filter({ hasText: `Saved as “${name}”` })
      .waitFor();
  }

  /** Applies a saved preset by its name (the option also lists its kinds of file). */
  async applyPreset(name: string) {
    await this.mappingCard.getByRole('combobox', { name: 'Mapping preset' }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${name} — `) }).click();
  }

  /** The mapping card alone, scrolled clear of the sticky app header. */
  async screenshotMapping(path: string) {
    // Page code as text: the tests are type-checked for Node, without the DOM's types.
    await this.page.evaluate(
      `document.querySelector('[aria-labelledby="table-card-column-mapping"]').scrollIntoView({ block: 'center' })`,
    );
    await this.mappingCard.screenshot({ path });
  }

  private async pick(select: Locator, option: string, type = false) {
    await select.click();
    if (type) await select.fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  rejectedRow(row: number): Locator {
    return this.rejectedRows.locator(`tbody tr[data-row="${row}"]`);
  }
}
