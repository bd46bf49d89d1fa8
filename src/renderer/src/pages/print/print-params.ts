/** The print route's parameters: `#/print/scorecard/:partnerId?period=…&paper=…&variant=…`. */
import {
  PAPER_SIZES,
  SCORECARD_VARIANTS,
  type PaperSize,
  type ScorecardVariant,
} from '../../../../shared/api';

export interface PrintParams {
  partner: string;
  period?: string;
  paper: PaperSize;
  variant: ScorecardVariant;
  methodologyId?: number;
  version?: number;
  /** The token to echo on <html data-print-ready> (set by the PDF printer). */
  ready: string;
}

function positiveInt(text: string | null): number | undefined {
  const n = Number(text);
  return text && Number.isInteger(n) && n > 0 ? n : undefined;
}

export function printParams(partner: string, search: URLSearchParams): PrintParams {
  const paper = search.get('paper');
  const variant = search.get('variant');
  return {
    partner,
    period: search.get('period') || undefined,
    paper: (PAPER_SIZES as readonly string[]).includes(paper ?? '') ? (paper as PaperSize) : 'a4',
    variant: (SCORECARD_VARIANTS as readonly string[]).includes(variant ?? '')
      ? (variant as ScorecardVariant)
      : 'partner',
    methodologyId: positiveInt(search.get('methodologyId')),
    version: positiveInt(search.get('version')),
    ready: search.get('ready') || 'preview',
  };
}
