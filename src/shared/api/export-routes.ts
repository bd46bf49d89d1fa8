/**
 * The print layout's route, built the same way by the renderer (preview links) and the backend
 * (PDF printing): `/print/scorecard/P-0001?period=2026-Q3&paper=a4&variant=partner`. `ready` is
 * a token the layout echoes on <html data-print-ready> once that very render is complete.
 */
import type { PaperSize, ScorecardVariant } from './export-results';

export const SCORECARD_PRINT_PREFIX = '/print/scorecard/';

export interface ScorecardRouteParams {
  partner: string;
  period?: string;
  paper?: PaperSize;
  variant?: ScorecardVariant;
  methodologyId?: number;
  version?: number;
  ready?: string;
}

export function scorecardPrintPath(p: ScorecardRouteParams): string {
  const query = new URLSearchParams();
  if (p.period) query.set('period', p.period);
  query.set('paper', p.paper ?? 'a4');
  query.set('variant', p.variant ?? 'partner');
  if (p.methodologyId !== undefined) query.set('methodologyId', String(p.methodologyId));
  if (p.version !== undefined) query.set('version', String(p.version));
  if (p.ready) query.set('ready', p.ready);
  return `${SCORECARD_PRINT_PREFIX}${encodeURIComponent(p.partner)}?${query.toString()}`;
}

export const DIGEST_PRINT_PATH = '/print/digest';

export interface DigestRouteParams {
  period?: string;
  region?: string;
  manager?: string;
  partner?: string;
  ready?: string;
}

/** `/print/digest?period=2026-Q3&region=EMEA`: the digest's print layout. */
export function digestPrintPath(p: DigestRouteParams): string {
  const query = new URLSearchParams();
  for (const key of ['period', 'region', 'manager', 'partner', 'ready'] as const) {
    const value = p[key];
    if (value) query.set(key, value);
  }
  return `${DIGEST_PRINT_PATH}?${query.toString()}`;
}
