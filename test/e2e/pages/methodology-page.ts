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
  /** The Weight profiles tab: the ordered list and the selected profile's editor. */
  readonly profilesPanel: Locator;
  readonly profileList: Locator;
  readonly profileEditor: Locator;
  readonly profileMatchSentence: Locator;
  readonly profileEngineErrors: Locator;

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
    this.profilesPanel = page.getByTestId('profiles-panel');
    this.profileList = page.getByTestId('profile-list');
    this.profileEditor = page.getByTestId('profile-editor');
    this.profileMatchSentence = page.getByTestId('profile-match-sentence');
    this.profileEngineErrors = page.getByTestId('profile-engine-errors');
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

  profilesTab(): Locator {
    return this.page.getByRole('tab', { name: /^Weight profiles/ });
  }

  /** A profile's row in the ordered list. */
  profileRow(name: string): Locator {
    return this.profileList.locator(`[data-testid="profile-row"][data-profile="${name}"]`);
  }

  /** The partners a profile weighs, as shown in its row. */
  profilePartners(name: string): Locator {
    return this.profileRow(name).getByTestId('profile-partners');
  }

  /** Adds a profile at the end of the list and names it (it is selected for editing). */
  async addProfile(name: string) {
    await this.profileList.getByRole('button', { name: 'Add a profile' }).click();
    const field = this.profileEditor.getByLabel('Name');
    await field.fill(name);
    await field.press('Enter');
  }

  /** Picks values of one attribute ("Partner type", "Region", "Program tier") in the match. */
  async matchOn(attribute: string, values: string[]) {
    const field = this.profileEditor.getByRole('combobox', { name: attribute });
    for (const value of values) {
      await field.click();
      // An option reads "MSP 25": the value, then how many partners have it.
      await this.page.getByRole('option', { name: new RegExp(`^${value} `) }).click();
    }
    await field.press('Escape');
  }

  /** The selected profile's own weight field for a category or KPI (empty = as global). */
  profileWeight(name: string): Locator {
    return this.profileEditor.getByLabel(`${name} weight for these partners`, { exact: true });
  }

  /** Opens a category's KPIs in the selected profile ("Pipeline · 4 KPIs…"). */
  async openProfileKpis(group: string) {
    await this.profileEditor
      .getByRole('button', { name: new RegExp(`^${group} \\d+ KPIs`) })
      .click();
  }

  /** A category row of the selected profile, with its share of the score. */
  profileGroupRow(group: string): Locator {
    return this.profileEditor.locator(`[data-testid="profile-group-row"][data-group="${group}"]`);
  }

  /** A full-page screenshot from the top (a scrolled page would shift the fixed header). */
  async screen(path: string) {
    await this.page.evaluate('window.scrollTo(0, 0)');
    await this.page.waitForTimeout(300); // colour-scheme and chart transitions
    await this.page.screenshot({ path, fullPage: true });
  }

  async publish(summary: string) {
    await this.button('Publish…').click();
    await this.page.getByLabel('What changed, and why').fill(summary);
    await this.button('Publish').click();
  }

  /** The Structure tab: grouping, own groups, per-KPI preparation. */
  get structure(): Locator {
    return this.page.getByTestId('structure-panel');
  }

  /** Picks an option of a labelled select on the Structure tab. */
  async choose(label: string, option: string | RegExp) {
    await this.structure.getByLabel(label, { exact: true }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  async customFormula(name: string, formula: string) {
    await this.button('Add KPIs…').click();
    await this.tab('Custom formula').click();
    await this.page.getByLabel('Name').fill(name);
    await this.page.getByTestId('custom-formula').fill(formula);
  }
}
