import type { Locator, Page } from '@playwright/test';
import { SECTIONS, type SectionName } from './sections';

/** The frame around every page: header, navigation, banners, dialogs. */
export class AppShellPage {
  readonly page: Page;
  readonly navigation: Locator;
  readonly heading: Locator;
  readonly workspaceName: Locator;
  readonly workspacePath: Locator;
  readonly themeToggle: Locator;
  readonly workspaceMenuButton: Locator;
  readonly errorAlert: Locator;
  readonly helpDialog: Locator;
  /** The header's indicator of the backend's running task. */
  readonly progress: Locator;

  constructor(page: Page) {
    this.page = page;
    this.navigation = page.getByRole('navigation', { name: 'Sections' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.workspaceName = page.getByTestId('workspace-name');
    this.workspacePath = page.getByTestId('workspace-path');
    this.themeToggle = page.getByTestId('theme-toggle');
    this.workspaceMenuButton = page.getByRole('button', { name: 'Workspace', exact: true });
    this.errorAlert = page.getByTestId('api-error');
    this.helpDialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    this.progress = page.getByTestId('progress');
  }

  /** Opens the app at `url` (the host's address), optionally at a route such as `/data`. */
  async open(url: string, route?: string) {
    await this.page.goto(route ? `${url}#${route}` : url);
  }

  navLink(section: SectionName): Locator {
    return this.navigation.getByRole('link', { name: SECTIONS[section].label, exact: true });
  }

  /** Goes to a section through the left navigation. */
  async goto(section: SectionName) {
    await this.navLink(section).click();
  }

  sectionHeading(section: SectionName): Locator {
    return this.page.getByRole('heading', { level: 1, name: SECTIONS[section].heading });
  }

  /** The colour scheme Mantine applied to the document. */
  async colorScheme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-mantine-color-scheme');
  }

  async useColorScheme(scheme: 'light' | 'dark') {
    if ((await this.colorScheme()) !== scheme) await this.themeToggle.click();
  }

  /** Chooses an entry of the header's workspace menu. */
  async workspaceMenu(item: string) {
    await this.workspaceMenuButton.click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }
}
