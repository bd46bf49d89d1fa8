/**
 * The PDF printer of the CLI and the browser host: one headless Chromium (Playwright, the
 * system's browser or CHROMIUM_PATH) with a pool of pages kept open on the app served by an
 * in-process host. A page loads the app once; each later print only changes the hash route, so
 * a scorecard costs one API call, one render and `page.pdf()`.
 */
import { lowerChildPriority } from './background-priority';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AppError } from '../../../../shared/errors';
import { Pool } from './page-pool';
import type { PdfPrinter, PrintRequest } from './printer';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ServedApp {
  /** The app's address with its access token, e.g. `http://127.0.0.1:41234/?token=…`. */
  url: string;
  close(): Promise<void>;
}

export interface ChromiumPrinterOptions {
  /** Starts the host the pages load the app from (called once). */
  serve: () => Promise<ServedApp>;
  pages?: number;
  executablePath?: string;
  timeoutMs?: number;
}

/** The page's globals these functions touch (this file is compiled without the DOM's types). */
interface PageGlobals {
  location: { hash: string };
  document: { documentElement: { dataset: Record<string, string | undefined> } };
}

interface Slot {
  page: Page;
  loaded: boolean;
  /** Settles once the page has opened the app (or failed to: it then loads on first use). */
  warming: Promise<void>;
}

/** CHROMIUM_PATH, else Playwright's own Chromium when installed, else the system's. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // no browser of Playwright's own
  }
  return '/usr/bin/chromium';
}

async function launch(executablePath: string): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    throw new AppError(
      'INTERNAL',
      `Could not start Chromium at ${executablePath} to print PDFs (${(error as Error).message.split('\n')[0]}). Install Chromium or set CHROMIUM_PATH.`,
    );
  }
}

/** The app's empty print page: loading it ahead makes the first print a hash change too. */
const IDLE_ROUTE = '#/print';

async function preload(slot: Slot, app: ServedApp, timeout: number) {
  await slot.page.goto(`${app.url}${IDLE_ROUTE}`, { waitUntil: 'load', timeout });
  slot.loaded = true;
}

async function openSlot(context: BrowserContext, app: ServedApp, timeout: number): Promise<Slot> {
  const slot: Slot = { page: await context.newPage(), loaded: false, warming: Promise.resolve() };
  slot.warming = preload(slot, app, timeout).catch(() => undefined);
  return slot;
}

async function printOn(slot: Slot, app: ServedApp, request: PrintRequest, timeout: number) {
  await slot.warming;
  const { page } = slot;
  const hash = `#${request.route}`;
  if (!slot.loaded) {
    await page.goto(`${app.url}${hash}`, { waitUntil: 'load', timeout });
    slot.loaded = true;
  } else {
    await page.evaluate((h) => {
      (globalThis as unknown as PageGlobals).location.hash = h;
    }, hash);
  }
  // Functions, not strings: the app's CSP forbids eval. They run in the page.
  await page.waitForFunction(
    (ready) =>
      (globalThis as unknown as PageGlobals).document.documentElement.dataset.printReady === ready,
    request.ready,
    { timeout, polling: 20 },
  );
  const error = await page.evaluate(
    () => (globalThis as unknown as PageGlobals).document.documentElement.dataset.printError ?? '',
  );
  if (error) throw new AppError('INVALID_DATA', error);
  return page.pdf({ preferCSSPageSize: true, printBackground: true });
}

/**
 * Pages printing at once when not asked: two, but one on a machine with two cores or fewer, where
 * a second page only competes with the app for the last core (a 60-scorecard batch at 100,000
 * partners on 2 cores: 9.7-10.3 s with one page, 10.8-13.7 s with two).
 */
function defaultPages(): number {
  return availableParallelism() > 2 ? 2 : 1;
}

export async function launchChromiumPrinter(options: ChromiumPrinterOptions): Promise<PdfPrinter> {
  const size = Math.max(1, options.pages ?? defaultPages());
  const timeout = options.timeoutMs ?? 30_000;
  const app = await options.serve();
  let browser: Browser;
  try {
    browser = await launch(options.executablePath ?? chromiumPath());
  } catch (error) {
    await app.close();
    throw error;
  }
  // The browser is up: it and its zygotes go to background priority before they load the app, and
  // the renderers they start inherit it (again below, for any process started meanwhile).
  lowerChildPriority();
  const context = await browser.newContext({ viewport: { width: 1000, height: 1200 } });
  // The first page opens the app before the printer is handed out; the others in the background
  // (on two cores, loading them all at once would only delay the first print).
  const first = await openSlot(context, app, timeout);
  await first.warming;
  const others = await Promise.all(
    Array.from({ length: size - 1 }, () => openSlot(context, app, timeout)),
  );
  const pool = new Pool<Slot>([first, ...others]);
  // Its pages are open: the browser and its renderers print at background priority.
  lowerChildPriority();
  // Chromium starts helper processes later (the network service, new renderers) and, where it
  // may, sets its processes' priorities itself: checked again while printing, at most twice a
  // second (a scan of /proc costs a few milliseconds).
  let lowered = performance.now();
  const keepLow = () => {
    const now = performance.now();
    if (now - lowered < 500) return;
    lowered = now;
    lowerChildPriority();
  };
  return {
    concurrency: size,
    print: (request) =>
      pool.use(async (slot) => {
        try {
          keepLow();
          return await printOn(slot, app, request, request.timeoutMs ?? timeout);
        } catch (error) {
          // A page in an unknown state is reloaded on its next use.
          slot.loaded = false;
          if (error instanceof AppError) throw error;
          throw new AppError(
            'INTERNAL',
            `Printing ${request.route} failed: ${(error as Error).message.split('\n')[0]}`,
          );
        }
      }),
    close: async () => {
      await browser.close().catch(() => undefined);
      await app.close();
    },
  };
}
