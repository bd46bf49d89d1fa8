/** A KPI figure as the Benchmarks page shows it; aggregates of counts keep one decimal. */
import { formatKpiValue, formatScore, formatShare } from '../../components/value-format';

/**
 * `aggregate`: a statistic over partners (counts keep a decimal); `mean` of a yes/no KPI reads
 * as the share of partners with a yes.
 */
export function formatFigure(
  value: number | null | undefined,
  unit: string,
  currency: string,
  options: { aggregate?: boolean; compact?: boolean; mean?: boolean } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (options.mean && unit === 'flag') return formatShare(value, 0);
  // A fixed decimal, so a column reads 4.0 beside 4.5 (not 4).
  if (options.aggregate && unit === 'count') return formatScore(value, 1);
  return formatKpiValue(value, unit, currency, options.compact ?? false);
}

export function formatPercentile(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value)}`;
}
