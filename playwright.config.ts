import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the renderer in Chromium through the browser host (`partnerscope serve`),
 * each test on its own temporary workspace (see test/e2e/fixtures.ts). Build first:
 * `npx electron-vite build`. `npm test` sets CHROMIUM_PATH; without it Playwright's own browser is
 * used.
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  workers: 2,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
