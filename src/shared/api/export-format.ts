/**
 * How scorecard numbers are written, the same in the print layout, the PPTX deck and drafted
 * highlights: full values for the partner's own numbers, compact ones (two significant digits)
 * for peer aggregates, and '—' for missing.
 */
import type { KpiUnit } from './scoring-methodology';

export interface NumberStyle {
  locale: string;
  currency: string;
}

export const DOCUMENT_STYLE: NumberStyle = { locale: 'en-US', currency: 'USD' };

const MISSING = '—';
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

function valid(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}

/** A partner's own KPI value in full: "$679,797", "43.8%", "98 days", "2.4×". */
export function formatKpiValue(
  value: number | null | undefined,
  unit: KpiUnit,
  style: NumberStyle = DOCUMENT_STYLE,
): string {
  if (!valid(value)) return MISSING;
  const { locale, currency } = style;
  switch (unit) {
    case 'currency':
      return formatter(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
        value,
      );
    case 'percent':
      return formatter(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'days':
      return `${formatter(locale, { maximumFractionDigits: 0 }).format(value)} days`;
    case 'multiple':
      return `${formatter(locale, { maximumFractionDigits: 1 }).format(value)}×`;
    case 'flag':
      return value > 0 ? 'Yes' : 'No';
    case 'score':
      return formatter(locale, { maximumFractionDigits: 1 }).format(value);
    default:
      return formatter(locale, { maximumFractionDigits: 1 }).format(value);
  }
}

/** A peer aggregate, compact: "$680K", "44%", "3.1×". */
export function formatCompact(
  value: number | null | undefined,
  unit: KpiUnit,
  style: NumberStyle = DOCUMENT_STYLE,
): string {
  if (!valid(value)) return MISSING;
  const { locale, currency } = style;
  const compact: Intl.NumberFormatOptions = {
    notation: 'compact',
    maximumSignificantDigits: 2,
  };
  switch (unit) {
    case 'currency':
      return formatter(locale, { ...compact, style: 'currency', currency }).format(value);
    case 'percent':
      return formatter(locale, { style: 'percent', maximumSignificantDigits: 2 }).format(value);
    case 'days':
      return `${formatter(locale, compact).format(value)} days`;
    case 'multiple':
      return `${formatter(locale, compact).format(value)}×`;
    case 'flag':
      return formatter(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
    default:
      return formatter(locale, compact).format(value);
  }
}

/** A peer range, compact, the unit written once: "$82K–$740K", "110–170 days", "2.3–15×". */
export function formatCompactRange(
  low: number | null | undefined,
  high: number | null | undefined,
  unit: KpiUnit,
  style: NumberStyle = DOCUMENT_STYLE,
): string {
  if (!valid(low) || !valid(high) || unit === 'flag') return MISSING;
  if (unit === 'days' || unit === 'multiple') {
    const bare = (v: number) => formatCompact(v, 'number', style);
    return `${bare(low)}–${bare(high)}${unit === 'days' ? ' days' : '×'}`;
  }
  return `${formatCompact(low, unit, style)}–${formatCompact(high, unit, style)}`;
}

/** A 0–100 score: "68.9". */
export function formatScore(value: number | null | undefined, locale = 'en-US'): string {
  if (!valid(value)) return MISSING;
  return formatter(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A signed change: "+2.3", "−1.5", "±0.0". */
export function formatChange(value: number | null | undefined, locale = 'en-US'): string {
  if (!valid(value)) return MISSING;
  const abs = formatter(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    Math.abs(value),
  );
  if (Math.abs(value) < 0.05) return `±${abs}`;
  return value > 0 ? `+${abs}` : `−${abs}`;
}

/** Attainment against target: "104%". */
export function formatAttainment(value: number | null | undefined, locale = 'en-US'): string {
  if (!valid(value)) return MISSING;
  return formatter(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** A weight share: "40%". */
export function formatWeight(value: number, locale = 'en-US'): string {
  return formatter(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** An ISO date (yyyy-mm-dd…) as "Oct 5, 2026"; the date part only, never shifted by time zone. */
export function formatDocumentDate(iso: string | null | undefined, locale = 'en-US'): string {
  if (!iso) return MISSING;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
