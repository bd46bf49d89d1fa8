/** A KPI figure as the Benchmarks page shows it; aggregates of counts keep one decimal. */
import { formatKpiValue, formatNumber } from '../../components/value-format';

export function formatFigure(
  value: number | null | undefined,
  unit: string,
  currency: string,
  options: { aggregate?: boolean; compact?: boolean } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (options.aggregate && unit === 'count') return formatNumber(value, 1);
  return formatKpiValue(value, unit, currency, options.compact ?? false);
}

export function formatPercentile(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value)}`;
}
