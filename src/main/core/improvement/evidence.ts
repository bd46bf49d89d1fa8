/**
 * The evidence of a new partner issue measured from the data: the KPI's value in the latest
 * period and the median of the partner's peer group (the benchmark's default grouping; all
 * partners when the group is smaller than the anonymity minimum), and an impact estimate.
 */
import { benchmarkTable } from '../benchmark/benchmark-table';
import { globalKpiShares } from '../scoring/views/score-table';
import type { Workspace } from '../workspace/workspace';
import { kpiReader, tidy } from './kpi-reader';

export interface Evidence {
  periodKey: string | null;
  value: number | null;
  peerValue: number | null;
  /** Suggested impact: score points to the peer median, revenue to the peer median (revenue). */
  impactScore: number | null;
  impactRevenue: number | null;
}

export function measureEvidence(ws: Workspace, partnerId: number, kpiKey: string): Evidence {
  const reader = kpiReader(ws);
  reader.info(kpiKey); // NOT_FOUND for an unknown KPI
  if (reader.latest < 0) {
    return {
      periodKey: null,
      value: null,
      peerValue: null,
      impactScore: null,
      impactRevenue: null,
    };
  }
  const period = reader.periods[reader.latest]!;
  const value = tidy(reader.value(kpiKey, reader.row(partnerId), reader.latest));
  const table = benchmarkTable(ws, { period: period.key, kpis: [kpiKey], partners: true });
  const i = table.partners!.partnerId.indexOf(partnerId);
  const group = i >= 0 ? table.partners!.group[i]! : -1;
  const stats = group >= 0 ? table.stats[0]![group] : null;
  // The peer group's median, or every partner's when the group has fewer than k values.
  const overall = table.overall[0] ?? null;
  const peerValue =
    stats && stats.count >= table.minGroupSize
      ? tidy(stats.median)
      : overall && overall.count >= table.minGroupSize
        ? tidy(overall.median)
        : null;
  // Points at stake: the composite's gap to the peer median, or for a scored KPI its weight ×
  // the percentiles between the partner and the peer median (the suggestions' estimate).
  const plan = reader.ctx.plan;
  const k = plan.kpis.findIndex((x) => x.key === kpiKey);
  const pct = i >= 0 ? (table.partners!.percentile[0]![i] ?? null) : null;
  let impactScore: number | null = null;
  if (kpiKey === 'score' && value !== null && peerValue !== null) {
    impactScore = Math.max(0, peerValue - value);
  } else if (k >= 0 && pct !== null) {
    impactScore = (globalKpiShares(plan)[k] ?? 0) * Math.max(0, 50 - pct);
  }
  const impactRevenue =
    kpiKey === 'revenue' && value !== null && peerValue !== null
      ? Math.max(0, peerValue - value)
      : null;
  return {
    periodKey: period.key,
    value,
    peerValue,
    impactScore: tidy(impactScore),
    impactRevenue: tidy(impactRevenue),
  };
}
