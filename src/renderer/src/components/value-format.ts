/**
 * KPI and money values formatted for the reader's locale by unit: currency (compact in tables),
 * percent (fractions, 1 = 100 %), counts, days, multiples (3.2×), scores (0–100).
 */
import type { KpiUnit } from '../../../shared/api';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(undefined, options);
    cache.set(key, f);
  }
  return f;
}

export function formatMoney(value: number, currency: string, compact = false): string {
  return formatter(`money|${currency}|${compact}`, {
    style: 'currency',
    currency,
    maximumFractionDigits: compact && Math.abs(value) >= 1000 ? 1 : 0,
    ...(compact ? { notation: 'compact' } : {}),
  }).format(value);
}

export function formatScore(value: number, digits = 1): string {
  return formatter(`score|${digits}`, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatSignedScore(value: number): string {
  return formatter('signed', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(value);
}

export function formatShare(value: number, digits = 1): string {
  return formatter(`share|${digits}`, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatNumber(value: number, maxDigits = 2): string {
  return formatter(`number|${maxDigits}`, { maximumFractionDigits: maxDigits }).format(value);
}

export function formatKpiValue(
  value: number | null | undefined,
  unit: KpiUnit | string,
  currency: string,
  compact = false,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'currency':
      return formatMoney(value, currency, compact);
    case 'percent':
      return formatShare(value, 1);
    case 'count':
      return formatNumber(value, 0);
    case 'days':
      return `${formatNumber(value, 0)} d`;
    case 'multiple':
      return `${formatNumber(value, 2)}×`;
    case 'flag':
      return value > 0 ? 'Yes' : 'No';
    case 'score':
      // Always one decimal, so a column reads 65.0 beside 56.3 (not 65).
      return formatScore(value);
    default:
      return formatNumber(value, 2);
  }
}
