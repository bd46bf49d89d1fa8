/**
 * Change of one KPI since a baseline period, per partner and per peer group, with the
 * stagnation and regression flags of progress-flags.ts. Internal (names included).
 */
import type { BaselineGroup, BaselineReport, BenchmarkQuery } from '../../../shared/api/benchmark';
import { AppError } from '../../../shared/errors';
import { eligibleRows } from '../scoring/dataset';
import { gather } from '../scoring/kpi-columns';
import type { Workspace } from '../workspace/workspace';
import { assignGroups } from './assign-groups';
import { benchmarkContext, periodOf } from './benchmark-context';
import { dimensionSource } from './dimension-source';
import { checkDimensions } from './group-dimensions';
import { resolveKpis } from './kpi-catalog';
import { kpiColumn } from './kpi-values';
import { progressFlag, relativeChange } from './progress-flags';
import { quantile } from './quantiles';
import { benchmarkSettings } from './settings';

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return quantile(sorted, 0, sorted.length, 0.5);
}

export function baselineReport(
  ws: Workspace,
  query: BenchmarkQuery & { baseline: string; kpi: string },
): BaselineReport {
  const ctx = benchmarkContext(ws, query);
  const settings = benchmarkSettings(ws);
  const t = periodOf(ctx, query.period);
  const b = periodOf(ctx, query.baseline);
  const periods = ctx.dataset.periods;
  if (b >= t) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `The baseline (${periods[b]!.label}) must come before the period compared (${periods[t]!.label}).`,
    );
  }
  const groupBy = checkDimensions(query.groupBy ?? settings.defaultGroupBy);
  const sizeBy = query.sizeBy ?? settings.sizeBy;
  const [kpi] = resolveKpis(ctx, [query.kpi]);
  const rows = eligibleRows(ctx.dataset, t);
  const groups = assignGroups(dimensionSource(ctx, sizeBy, t), rows, groupBy);
  const at = (s: number) =>
    s < 0 ? new Float64Array(rows.length).fill(NaN) : gather(kpiColumn(ctx, kpi!, s), rows);
  const now = at(t);
  const before = at(b);
  const N = settings.stagnationPeriods;
  const recent = Array.from({ length: N + 1 }, (_, i) => at(t - N + i));
  const direction = kpi!.info.direction;
  const baselineLabel = periods[b]!.label;

  const flags = Array.from(rows, (_, i) =>
    progressFlag(
      {
        now: now[i]!,
        before: before[i]!,
        recent: recent.map((c) => c[i]!),
        direction,
        baselineLabel,
      },
      settings,
    ),
  );
  const change = Array.from(now, (v, i) => v - before[i]!);
  const groupRows: BaselineGroup[] = groups.labels.map((label) => ({
    label,
    partners: 0,
    medianNow: null,
    medianBaseline: null,
    medianChange: null,
    improving: 0,
    regressing: 0,
    stagnating: 0,
  }));
  const buckets = groups.labels.map(() => ({
    now: [] as number[],
    before: [] as number[],
    change: [] as number[],
  }));
  rows.forEach((_, i) => {
    const g = groups.ids[i]!;
    const row = groupRows[g]!;
    const bucket = buckets[g]!;
    row.partners += 1;
    if (!Number.isNaN(now[i]!)) bucket.now.push(now[i]!);
    if (!Number.isNaN(before[i]!)) bucket.before.push(before[i]!);
    if (!Number.isNaN(change[i]!)) bucket.change.push(change[i]!);
    const f = flags[i];
    if (f) row[f.flag] += 1;
  });
  groupRows.forEach((row, g) => {
    row.medianNow = median(buckets[g]!.now);
    row.medianBaseline = median(buckets[g]!.before);
    row.medianChange = median(buckets[g]!.change);
  });
  const { partners } = ctx.dataset;
  return {
    period: { key: periods[t]!.key, label: periods[t]!.label },
    baseline: { key: periods[b]!.key, label: baselineLabel },
    periods: periods.map((p) => ({ key: p.key, label: p.label })),
    kpi: kpi!.info,
    groupBy,
    sizeBy,
    rules: {
      stagnationPeriods: N,
      stagnationTolerance: settings.stagnationTolerance,
      regressionThreshold: settings.regressionThreshold,
    },
    groups: groupRows,
    partnerId: Array.from(rows, (r) => partners.id[r]!),
    externalId: Array.from(rows, (r) => partners.externalId[r]!),
    name: Array.from(rows, (r) => partners.name[r]!),
    group: Array.from(groups.ids),
    now: Array.from(now, orNull),
    before: Array.from(before, orNull),
    change: change.map(orNull),
    relativeChange: Array.from(now, (v, i) => orNull(relativeChange(v, before[i]!))),
    flag: flags.map((f) => f?.flag ?? null),
    reason: flags.map((f) => f?.reason ?? null),
  };
}
