/**
 * The internal benchmark: per KPI and peer group the distribution (count, min, quartiles, p90,
 * max, mean) and, on request, every partner's value, percentile and rank in its group. For the
 * partner manager's own eyes (names included); partners see partner-benchmark.ts instead.
 */
import type { BenchmarkQuery, BenchmarkTable } from '../../../shared/api/benchmark';
import { eligibleRows } from '../scoring/dataset';
import { gather } from '../scoring/kpi-columns';
import type { Workspace } from '../workspace/workspace';
import { assignGroups } from './assign-groups';
import { benchmarkContext, periodOf } from './benchmark-context';
import { computeBenchmarks, groupSizes } from './compute-benchmarks';
import { dimensionSource } from './dimension-source';
import { checkDimensions } from './group-dimensions';
import { resolveKpis } from './kpi-catalog';
import { kpiColumn } from './kpi-values';
import { listReferences } from './references';
import { benchmarkSettings } from './settings';

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

export function benchmarkTable(
  ws: Workspace,
  query: BenchmarkQuery & { partners?: boolean },
): BenchmarkTable {
  const ctx = benchmarkContext(ws, query);
  const started = performance.now();
  const settings = benchmarkSettings(ws);
  const t = periodOf(ctx, query.period);
  const groupBy = checkDimensions(query.groupBy ?? settings.defaultGroupBy);
  const sizeBy = query.sizeBy ?? settings.sizeBy;
  const kpis = resolveKpis(ctx, query.kpis);
  const rows = eligibleRows(ctx.dataset, t);
  const groups = assignGroups(dimensionSource(ctx, sizeBy, t), rows, groupBy);
  const columns = kpis.map((k) => gather(kpiColumn(ctx, k, t), rows));
  const computed = computeBenchmarks(
    columns,
    kpis.map((k) => k.info.direction),
    groups,
    query.partners === true,
  );
  const sizes = groupSizes(groups);
  const keys = new Set(kpis.map((k) => k.info.key));
  const period = ctx.dataset.periods[t]!;
  const table: BenchmarkTable = {
    period: { key: period.key, label: period.label },
    periods: ctx.dataset.periods.map((p) => ({ key: p.key, label: p.label })),
    groupBy,
    sizeBy,
    minGroupSize: settings.minGroupSize,
    kpis: kpis.map((k) => k.info),
    groups: groups.labels.map((label, g) => ({ key: label, label, partners: sizes[g]! })),
    stats: computed.stats,
    overall: computed.overall,
    references: listReferences(ws).filter((r) => keys.has(r.kpi)),
    timings: { loadMs: ctx.loadMs, computeMs: 0 },
  };
  if (query.partners) {
    const { partners } = ctx.dataset;
    table.partners = {
      partnerId: Array.from(rows, (r) => partners.id[r]!),
      externalId: Array.from(rows, (r) => partners.externalId[r]!),
      name: Array.from(rows, (r) => partners.name[r]!),
      group: Array.from(groups.ids),
      values: columns.map((c) => Array.from(c, orNull)),
      percentile: computed.percentile.map((c) =>
        Array.from(c, (x) => orNull(Math.round(x * 10) / 10)),
      ),
      rank: computed.rank.map((c) => Array.from(c, (r) => (r > 0 ? r : null))),
    };
  }
  table.timings.computeMs = performance.now() - started;
  return table;
}
