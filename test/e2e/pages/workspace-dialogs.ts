import type { Locator, Page } from '@playwright/test';
import type { AppShellPage } from './app-shell-page';

/** The header menu's Open / New workspace dialogs. */
export class WorkspaceDialogs {
  readonly page: Page;
  readonly shell: AppShellPage;
  readonly dialog: Locator;

  constructor(shell: AppShellPage) {
    this.shell = shell;
    this.page = shell.page;
    this.dialog = this.page.getByRole('dialog');
  }

  async createEmpty(path: string) {
    await this.shell.workspaceMenu('New empty workspace…');
    await this.dialog.getByLabel('New workspace file').fill(path);
    await this.dialog.getByRole('button', { name: 'Create empty workspace' }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  async createDemo(path: string, partners: number) {
    await this.shell.workspaceMenu('New demo workspace…');
    await this.dialog.getByLabel('New workspace file').fill(path);
    await this.dialog.getByLabel('Partners').fill(String(partners));
    await this.dialog.getByRole('button', { name: 'Create demo workspace' }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  async open(path: string) {
    await this.shell.workspaceMenu('Open workspace…');
    await this.dialog.getByLabel('Workspace file').fill(path);
    await this.dialog.getByRole('button', { name: 'Open workspace' }).click();
  }

  async close() {
    await this.shell.workspaceMenu('Close workspace');
  }
}
