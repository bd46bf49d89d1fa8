/**
 * Each test gets its own world: a temporary folder, its own PARTNERSCOPE_HOME (recent list, demo
 * workspace), its own copy of a seeded demo workspace written by `partnerscope demo`, and a browser
 * host started with `partnerscope serve` on a free port, stopped after the test. The demo is
 * written once per worker and copied per test: same seed, same file, two seconds saved per test.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type ConsoleMessage } from '@playwright/test';
import { AppShellPage } from './pages/app-shell-page';
import { DataOverviewPage } from './pages/data-overview-page';
import { WhatIfPage } from './pages/what-if-page';
import { WorkspaceDialogs } from './pages/workspace-dialogs';
import { writeDemoWorkspace, type DemoSpec } from './support/demo-workspace';
import { startHostProcess } from './support/host-process';

export { countRows, databaseCounts, queryWorkspace, workspaceName } from './support/workspace-db';
export { expect };

/** Small enough to be quick, large enough for every table to have rows. */
export const E2E_DEMO: DemoSpec = { partners: 120, seed: 7 };

interface WorkerFixtures {
  /** The demo workspace as `partnerscope demo` wrote it; tests get copies, never this file. */
  demoTemplate: string;
}

interface Fixtures {
  /** A temporary folder for this test, removed afterwards. */
  tempDir: string;
  /** Environment for the CLI: fixed time zone and locale, this test's own PARTNERSCOPE_HOME. */
  cliEnv: NodeJS.ProcessEnv;
  /** The demo workspace file the host serves. */
  workspacePath: string;
  /** The host's address, token included: `http://127.0.0.1:<port>/?token=…`. */
  hostUrl: string;
  /** The same host without its token. */
  hostOrigin: string;
  /** Console errors and uncaught exceptions of the page, gathered during the test. */
  consoleErrors: string[];
  shell: AppShellPage;
  dataOverview: DataOverviewPage;
  whatIf: WhatIfPage;
  workspaceDialogs: WorkspaceDialogs;
}

function cliEnvFor(home: string): NodeJS.ProcessEnv {
  mkdirSync(home, { recursive: true });
  return { ...process.env, PARTNERSCOPE_HOME: home, TZ: 'UTC', LANG: 'en_US.UTF-8' };
}

export const test = base.extend<
  Fixtures & { host: { url: string; origin: string } },
  WorkerFixtures
>({
  demoTemplate: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'partnerscope-e2e-template-'));
      const file = join(dir, 'demo.partnerscope');
      writeDemoWorkspace(file, E2E_DEMO, cliEnvFor(join(dir, 'home')));
      await use(file);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  // Playwright requires object destructuring for the fixture argument, even when empty.
  // eslint-disable-next-line no-empty-pattern
  tempDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'partnerscope-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  cliEnv: async ({ tempDir }, use) => use(cliEnvFor(join(tempDir, 'home'))),

  workspacePath: async ({ tempDir, demoTemplate }, use) => {
    // The CLI closed the file cleanly (WAL checkpointed), so the one file is the whole workspace.
    const file = join(tempDir, 'demo.partnerscope');
    copyFileSync(demoTemplate, file);
    await use(file);
  },

  host: async ({ workspacePath, cliEnv }, use) => {
    const host = await startHostProcess(workspacePath, cliEnv);
    try {
      await use({ url: host.url, origin: host.origin });
    } finally {
      await host.stop();
    }
  },

  hostUrl: async ({ host }, use) => use(host.url),
  hostOrigin: async ({ host }, use) => use(host.origin),

  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    await use(errors);
  },

  shell: async ({ page }, use) => use(new AppShellPage(page)),
  dataOverview: async ({ page }, use) => use(new DataOverviewPage(page)),
  whatIf: async ({ page }, use) => use(new WhatIfPage(page)),
  workspaceDialogs: async ({ shell }, use) => use(new WorkspaceDialogs(shell)),
});
