import { expect, type Locator, type Page } from '@playwright/test';

/** The What-if page (`#/what-if`): weights, the diff against the baseline, scenarios, sensitivity. */
export class WhatIfPage {
  readonly page: Page;
  readonly toolbar: Locator;
  readonly status: Locator;
  readonly diff: Locator;
  readonly headline: Locator;
  readonly matrix: Locator;
  readonly sankey: Locator;
  readonly distribution: Locator;
  readonly exposure: Locator;
  readonly scenarios: Locator;
  readonly compare: Locator;
  readonly sensitivity: Locator;
  readonly knifeEdge: Locator;
  readonly publishDone: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    this.page = page;
    this.toolbar = page.getByTestId('whatif-toolbar');
    this.status = page.getByTestId('whatif-status');
    this.diff = page.getByTestId('whatif-diff');
    this.headline = page.getByTestId('whatif-headline');
    this.matrix = page.getByTestId('whatif-matrix');
    this.sankey = page.getByTestId('whatif-sankey');
    this.distribution = page.getByTestId('whatif-distribution');
    this.exposure = page.getByTestId('whatif-exposure');
    this.scenarios = page.getByTestId('whatif-scenarios');
    this.compare = page.getByTestId('whatif-compare');
    this.sensitivity = page.getByTestId('whatif-sensitivity');
    this.knifeEdge = page.getByTestId('knife-edge');
    this.publishDone = page.getByTestId('whatif-publish-done');
    this.notice = page.getByTestId('whatif-notice');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  /** A category's weight field (% of the score). */
  groupWeight(label: string): Locator {
    return this.page.getByLabel(`${label} weight, % of the score`, { exact: true });
  }

  moversRows(side: 'up' | 'down'): Locator {
    return this.page.getByTestId(`movers-${side}`).locator('tbody tr');
  }

  moverRow(side: 'up' | 'down', externalId: string): Locator {
    return this.page.getByTestId(`movers-${side}`).locator(`tr[data-partner="${externalId}"]`);
  }

  /** Answers received so far (the diff's `data-result-seq`). */
  /** Opens the page on the host and waits for the first diff. */
  async open(hostUrl: string) {
    await this.page.goto(`${hostUrl}#/what-if`);
    await this.headline.waitFor();
  }

  async resultSeq(): Promise<number> {
    return Number(await this.diff.getAttribute('data-result-seq'));
  }

  /** Waits for an answer after `seq` that belongs to what is on screen. */
  async waitForResultAfter(seq: number) {
    await expect.poll(async () => (await this.resultSeq()) > seq, { timeout: 20_000 }).toBe(true);
    await expect(this.diff).toHaveAttribute('data-current', 'true', { timeout: 20_000 });
  }

  /** Types a category weight and presses Enter (one undo step), then waits for the re-score. */
  async setGroupWeight(label: string, value: number) {
    const seq = await this.resultSeq();
    const input = this.groupWeight(label);
    await input.fill(String(value));
    await input.press('Enter');
    await this.waitForResultAfter(seq);
  }

  /** Saves what is on screen as a new scenario (the dialog's default). */
  async saveScenario(name: string, options: { note?: string } = {}) {
    await this.button('Save scenario…').click();
    const dialog = this.dialog('Save scenario');
    await dialog.getByLabel('Name').fill(name);
    if (options.note) await dialog.getByLabel('Note').fill(options.note);
    await dialog.getByRole('button', { name: 'Save scenario' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Saves what is on screen over the loaded scenario (an explicit choice in the dialog). */
  async saveOver(name: string) {
    await this.button('Save scenario…').click();
    const dialog = this.dialog('Save scenario');
    await dialog.getByLabel(`Save over “${name}”`).check();
    await dialog.getByRole('button', { name: `Replace “${name}”` }).click();
    await expect(dialog).toBeHidden();
  }

  scenarioRow(name: string): Locator {
    return this.scenarios.locator(`tr[data-scenario="${name}"]`);
  }

  /** Ticks the scenarios on the Scenarios tab and opens the comparison. */
  async compareScenarios(names: string[]) {
    await this.tab('Scenarios').click();
    for (const name of names) await this.page.getByLabel(`Compare ${name}`).check();
    await this.scenarios.getByRole('button', { name: /^Compare/ }).click();
    await expect(this.compare).toBeVisible({ timeout: 20_000 });
  }

  /**
   * Calls the host's API from the page (its token is in the tab's session storage), to know what
   * the page should show.
   */
  async api<T>(name: string, args: unknown): Promise<T> {
    // Page code as text: the tests are type-checked for Node, without the DOM's types.
    const answer: { ok: boolean; value?: unknown; error?: unknown } = await this.page
      .evaluate(`(async () => {
      const response = await fetch('/api/invoke/' + ${JSON.stringify(name)}, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'x-partnerscope-token': sessionStorage.getItem('partnerscope.token') || '',
        },
        body: ${JSON.stringify(JSON.stringify(args))},
      });
      return response.json();
    })()`);
    if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
    return answer.value as T;
  }

  compareColumns(): Locator {
    return this.compare.getByTestId('compare-summary').getByTestId('compare-column');
  }
}
