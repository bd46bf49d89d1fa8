/** One scorecard printed through whichever printer the transport installed. */
import { randomUUID } from 'node:crypto';
import type { PaperSize, ScorecardVariant } from '../../../../shared/api/export-results';
import { scorecardPrintPath } from '../../../../shared/api/export-routes';
import { AppError } from '../../../../shared/errors';
import type { AppContext } from '../../app/context';
import type { PdfPrinter } from './printer';

export interface ScorecardPrint {
  partner: string;
  period?: string;
  methodologyId?: number;
  version?: number;
  variant: ScorecardVariant;
  paper: PaperSize;
}

export async function requirePrinter(ctx: AppContext): Promise<PdfPrinter> {
  if (!ctx.pdfPrinter) {
    throw new AppError(
      'INTERNAL',
      'PDF printing is not available in this mode. Use the desktop app, `npx partnerscope serve` or `npx partnerscope export-pdf`.',
    );
  }
  return ctx.pdfPrinter();
}

/**
 * Starts the printer in the background (pages opening a QBR will likely print next): the first
 * PDF then skips Chromium's start. A failure here is reported by the print that needs it.
 */
export function warmPrinter(ctx: AppContext): void {
  void ctx.pdfPrinter?.().catch(() => undefined);
}

export function printScorecard(printer: PdfPrinter, job: ScorecardPrint): Promise<Uint8Array> {
  const ready = randomUUID();
  return printer.print({ route: scorecardPrintPath({ ...job, ready }), ready });
}
