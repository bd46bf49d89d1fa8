/**
 * What prints a renderer route to PDF. Core code only knows this interface; the transports
 * supply an implementation: Chromium through Playwright for the CLI and the browser host,
 * Electron's `webContents.printToPDF` in the desktop app. Both load the same print layout.
 */
export interface PrintRequest {
  /** A hash route of the renderer, e.g. `/print/scorecard/P-0001?period=2026-Q3&ready=…`. */
  route: string;
  /** The token the layout writes to `<html data-print-ready>` when that render is complete. */
  ready: string;
  timeoutMs?: number;
}

export interface PdfPrinter {
  /** How many prints may run at once (the page pool's size). */
  readonly concurrency: number;
  print(request: PrintRequest): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Creates the printer on first use and returns the same one afterwards. */
export type PdfPrinterSource = () => Promise<PdfPrinter>;

export function lazyPrinter(create: () => Promise<PdfPrinter>): PdfPrinterSource & {
  close(): Promise<void>;
} {
  let pending: Promise<PdfPrinter> | null = null;
  const source = () =>
    (pending ??= create().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
  return Object.assign(source, {
    close: async () => {
      const current = pending;
      pending = null;
      if (current) await (await current).close();
    },
  });
}
