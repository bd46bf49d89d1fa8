/** Changes of KPI values in the digest, in the KPI's own unit: "+$23,689", "+5.6 pts", "−1". */
import { formatKpiValue, formatChange } from './api/export-format';
import type { KpiUnit } from './api/scoring-methodology';

export function formatKpiChange(change: number | null, unit: string): string {
  if (change === null || !Number.isFinite(change)) return '—';
  if (unit === 'percent') return `${formatChange(change * 100)} pts`;
  if (unit === 'score' || unit === 'flag') return formatChange(change);
  const sign = Math.abs(change) < 1e-9 ? '±' : change > 0 ? '+' : '−';
  return `${sign}${formatKpiValue(Math.abs(change), unit as KpiUnit)}`;
}

/** "Revenue: $50,000 → $62,000" (baseline when the action was agreed → now), or the KPI's name. */
export function formatActionKpi(a: {
  kpi: string | null;
  kpiUnit: string | null;
  kpiBaseline: number | null;
  kpiNow: number | null;
}): string | null {
  if (a.kpi === null) return null;
  if (a.kpiUnit === null || (a.kpiBaseline === null && a.kpiNow === null)) return a.kpi;
  const unit = a.kpiUnit as KpiUnit;
  return `${a.kpi}: ${formatKpiValue(a.kpiBaseline, unit)} → ${formatKpiValue(a.kpiNow, unit)}`;
}
