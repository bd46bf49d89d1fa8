import type { Locator, Page } from '@playwright/test';

/** The Improvement page (`#/improvement`): issues, suggestions, backlog, progress. */
export class ImprovementPage {
  readonly page: Page;
  readonly issuesTable: Locator;
  readonly issueDetail: Locator;
  readonly newIssueButton: Locator;
  readonly progressTotal: Locator;
  readonly impactChart: Locator;
  readonly didItWork: Locator;

  constructor(page: Page) {
    this.page = page;
    this.issuesTable = page.getByTestId('issues-table');
    this.issueDetail = page.getByTestId('issue-detail');
    this.newIssueButton = page.getByRole('button', { name: 'New issue…' });
    this.progressTotal = page.getByTestId('progress-total');
    this.impactChart = page.getByTestId('impact-chart');
    this.didItWork = page.getByTestId('did-it-work');
  }

  tab(name: 'Issues' | 'Suggested' | 'Action backlog' | 'Progress'): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** Records a partner issue on a KPI through the New issue dialog. */
  async recordPartnerIssue(partnerSearch: string, title: string, kpi: string) {
    await this.newIssueButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'New performance issue' });
    await dialog.getByRole('combobox', { name: 'Partner' }).fill(partnerSearch);
    await this.page
      .getByRole('option', { name: new RegExp(partnerSearch) })
      .first()
      .click();
    await dialog.getByRole('textbox', { name: 'Issue' }).fill(title);
    await dialog.getByRole('combobox', { name: 'KPI (evidence)' }).fill(kpi);
    await this.page.getByRole('option', { name: kpi, exact: true }).click();
    await dialog.getByRole('button', { name: 'Record issue' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Adds an action to the open issue (its KPI is the issue's). */
  async addAction(fields: { title: string; target: number; due: string; owner: string }) {
    const form = this.page.getByRole('form', { name: 'Add an action' });
    await form.getByRole('textbox', { name: 'Action' }).fill(fields.title);
    await form.getByRole('textbox', { name: /^Target \(/ }).fill(String(fields.target));
    await form.getByLabel('Target date').fill(fields.due);
    await form.getByRole('textbox', { name: 'Owner' }).fill(fields.owner);
    await form.getByRole('button', { name: 'Add action' }).click();
  }

  actionRow(title: string): Locator {
    return this.page.getByTestId('backlog-table').getByRole('row').filter({ hasText: title });
  }
}
