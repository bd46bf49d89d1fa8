/**
 * Reads KPI values of partners in any period from the scoring engine's current data (the same
 * columns the benchmarks use), so baselines and progress always come from what was imported last.
 */
import type { BenchmarkKpi } from '../../../shared/api/benchmark';
import type { PeriodRef } from '../../../shared/api/scoring-results';
import { AppError } from '../../../shared/errors';
import { benchmarkContext, type BenchmarkContext } from '../benchmark/benchmark-context';
import { resolveKpis, type ResolvedKpi } from '../benchmark/kpi-catalog';
import { kpiColumn } from '../benchmark/kpi-values';
import type { Workspace } from '../workspace/workspace';

export interface KpiReader {
  ctx: BenchmarkContext;
  periods: (PeriodRef & { startDate: string; endDate: string })[];
  /** Index of the latest period (-1 when there is no data). */
  latest: number;
  /** Dataset row of a partner's numeric id (-1 when absent). */
  row(partnerId: number): number;
  periodIndex(key: string): number;
  info(kpiKey: string): BenchmarkKpi;
  /** The KPI's value of a dataset row in period t; null when missing. */
  value(kpiKey: string, row: number, t: number): number | null;
  column(kpiKey: string, t: number): Float64Array;
}

export function kpiReader(ws: Workspace): KpiReader {
  const ctx = benchmarkContext(ws);
  const ds = ctx.dataset;
  const rows = new Map<number, number>();
  ds.partners.id.forEach((id, i) => rows.set(id, i));
  const resolved = new Map<string, ResolvedKpi>();
  const resolve = (key: string): ResolvedKpi => {
    let kpi = resolved.get(key);
    if (!kpi) {
      [kpi] = resolveKpis(ctx, [key]);
      if (!kpi) throw new AppError('NOT_FOUND', `There is no KPI "${key}".`);
      resolved.set(key, kpi);
    }
    return kpi;
  };
  const column = (key: string, t: number) => kpiColumn(ctx, resolve(key), t);
  return {
    ctx,
    periods: ds.periods.map((p) => ({
      key: p.key,
      label: p.label,
      startDate: p.startDate,
      endDate: p.endDate,
    })),
    latest: ds.periods.length - 1,
    row: (id) => rows.get(id) ?? -1,
    periodIndex: (key) => ds.periods.findIndex((p) => p.key === key),
    info: (key) => resolve(key).info,
    column,
    value(key, row, t) {
      if (row < 0 || t < 0 || t >= ds.periods.length) return null;
      const v = column(key, t)[row]!;
      return Number.isFinite(v) ? v : null;
    },
  };
}

/** Drops float noise from a measured value (12 significant digits). */
export function tidy(v: number | null): number | null {
  return v === null || !Number.isFinite(v) ? null : Number(v.toPrecision(12));
}
