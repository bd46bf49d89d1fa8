/**
 * What the browser benches share: a seeded 10k-partner demo workspace served by the browser host
 * (`partnerscope serve` in a child process), Chromium with one page and a CDP session for its
 * performance metrics, all torn down afterwards.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { chromiumPath } from '../src/main/core/export/pdf/chromium-printer';
import { writeDemoWorkspace } from '../test/e2e/support/demo-workspace';
import { startHostProcess } from '../test/e2e/support/host-process';
import { tempDir } from '../test/helpers/temp';

export interface BrowserBench {
  page: Page;
  cdp: CDPSession;
  /** The host's address, token included. */
  url: string;
}

export async function withBrowserBench<T>(
  name: string,
  partners: number,
  run: (bench: BrowserBench) => Promise<T>,
): Promise<T> {
  const { dir, cleanup } = tempDir(`partnerscope-bench-${name}-`);
  const env = {
    ...process.env,
    PARTNERSCOPE_HOME: join(dir, 'home'),
    TZ: 'UTC',
    LANG: 'en_US.UTF-8',
  };
  mkdirSync(env.PARTNERSCOPE_HOME, { recursive: true });
  const file = join(dir, `demo-${partners}.partnerscope`);
  writeDemoWorkspace(file, { partners, seed: 42 }, env);
  const host = await startHostProcess(file, env);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 1000 },
      locale: 'en-US',
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    return await run({ page, cdp, url: host.url });
  } finally {
    await browser.close();
    await host.stop();
    cleanup();
  }
}

/** Main-thread busy seconds so far (Chromium's TaskDuration). */
export async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}
