import { expect, type Locator, type Page } from '@playwright/test';

/** `#/qbr` and `#/qbr/:partnerId`: find a partner, edit its QBR, agree actions, export. */
export class QbrPage {
  readonly page: Page;
  readonly search: Locator;
  readonly partnerResults: Locator;
  readonly savedReviews: Locator;
  readonly summary: Locator;
  readonly saveButton: Locator;
  readonly state: Locator;
  readonly highlights: Locator;
  readonly agenda: Locator;
  readonly notes: Locator;
  readonly meetingDate: Locator;
  readonly actionForm: Locator;
  readonly actionsTable: Locator;
  readonly previewButton: Locator;
  readonly pptxButton: Locator;
  readonly pdfMenu: Locator;

  constructor(page: Page) {
    this.page = page;
    this.search = page.getByRole('textbox', { name: 'Find a partner' });
    this.partnerResults = page.getByTestId('qbr-partners');
    this.savedReviews = page.getByTestId('saved-reviews');
    this.summary = page.getByTestId('qbr-summary');
    this.saveButton = page.getByTestId('save-qbr');
    this.state = page.getByTestId('qbr-state');
    this.highlights = page.getByTestId('highlights-editor');
    this.agenda = page.getByTestId('agenda-editor');
    this.notes = page.getByRole('textbox', { name: 'Notes' });
    this.meetingDate = page.getByLabel('Meeting date');
    this.actionForm = page.getByTestId('add-action-form');
    this.actionsTable = page.getByTestId('actions-table');
    this.previewButton = page.getByTestId('preview-scorecard');
    this.pptxButton = page.getByTestId('pptx-button');
    this.pdfMenu = page.getByTestId('pdf-menu');
  }

  /** Finds a partner by id on `#/qbr` and opens its QBR. */
  async openPartner(externalId: string) {
    await this.search.fill(externalId);
    const row = this.partnerResults.getByRole('row').filter({ hasText: externalId });
    await row.getByRole('link').click();
  }

  highlight(n: number): Locator {
    return this.highlights.getByRole('textbox', { name: `Highlight ${n}`, exact: true });
  }

  internalToggle(n: number): Locator {
    return this.highlights.getByRole('checkbox', { name: 'Internal' }).nth(n - 1);
  }

  agendaItem(n: number): Locator {
    return this.agenda.getByRole('textbox', { name: `Agenda item ${n}`, exact: true });
  }

  async addAgendaItem(text: string) {
    const count = await this.agenda.getByRole('textbox').count();
    await this.agenda.getByRole('button', { name: 'Add an agenda item' }).click();
    await this.agendaItem(count + 1).fill(text);
  }

  async addAction(a: { title: string; criterion: string; owner: string; due: string }) {
    await this.actionForm.getByLabel('Action').fill(a.title);
    await this.actionForm.getByLabel('Success criterion').fill(a.criterion);
    await this.actionForm.getByLabel('Owner').fill(a.owner);
    await this.actionForm.getByLabel('Due').fill(a.due);
    await this.actionForm.getByRole('button', { name: 'Add action' }).click();
    // The form clears once the action is stored: typing the next one earlier would be wiped.
    await this.actionsTable.getByRole('row').filter({ hasText: a.title }).first().waitFor();
    await expect(this.actionForm.getByLabel('Action')).toHaveValue('');
  }

  /** Scorecards for many partners: by region, into a folder. */
  async printRegion(region: string, folder: string) {
    await this.page.getByRole('combobox', { name: 'Region', exact: true }).click();
    await this.page.getByRole('option', { name: region, exact: true }).click();
    await this.page.getByTestId('batch-folder').fill(folder);
    await this.page.getByTestId('batch-start').click();
  }

  get batchResult(): Locator {
    return this.page.getByTestId('batch-result');
  }
}
