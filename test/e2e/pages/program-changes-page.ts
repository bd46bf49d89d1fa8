import type { Locator, Page } from '@playwright/test';

/** Program changes (`#/program-changes`): proposals, the proposal form, decisions, notice, log. */
export class ProgramChangesPage {
  readonly page: Page;
  readonly newProposal: Locator;
  readonly form: Locator;
  readonly impact: Locator;
  readonly detail: Locator;
  readonly changes: Locator;

  constructor(page: Page) {
    this.page = page;
    this.newProposal = page.getByRole('button', { name: 'New proposal' });
    this.form = page.getByTestId('proposal-form');
    this.impact = page.getByTestId('impact-panel');
    this.detail = page.getByTestId('change-detail');
    this.changes = page.getByTestId('changes-table');
  }

  threshold(tier: string): Locator {
    return this.form.getByRole('textbox', { name: `${tier} from` });
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async decide(decision: 'Approve' | 'Reject' | 'Defer', rationale: string, by: string) {
    const form = this.page.getByTestId('decision-form');
    await form.getByText(decision, { exact: true }).click();
    await form.getByRole('textbox', { name: 'Rationale' }).fill(rationale);
    await form.getByRole('textbox', { name: 'Decided by' }).fill(by);
    await form.getByRole('button', { name: /^(Approve and publish|Reject|Defer)$/ }).click();
  }
}
