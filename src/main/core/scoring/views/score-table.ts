/** A period's scores as the API's columnar table. */
import { SEGMENTS } from '../../../../shared/api/scoring-methodology';
import { planFullShares } from '../plan-composite';
import type { MethodologyRef, ScoreTable, TrendFlag } from '../../../../shared/api/scoring-results';
import type { ScoringDataset } from '../dataset';
import type { MethodologyPlan } from '../plan';
import type { PeriodScores } from '../score-period';
import { changeAt, seriesOf, trendFlag, type TrendSeries } from '../trend';
import { scoreSummary } from './score-summary';

export type Detail = 'summary' | 'values' | 'full';

const num = (x: number) => (Number.isNaN(x) ? null : x);

/** Global share of the composite each KPI carries (before any per-partner re-weighting). */
export function globalKpiShares(plan: MethodologyPlan): number[] {
  const w = plan.weights[0]!;
  if (plan.tree) return Array.from(planFullShares(plan, w));
  const groupSum = new Float64Array(plan.groups.length);
  plan.kpis.forEach((_, k) => (groupSum[plan.groupOf[k]!]! += w.kpi[k]!));
  const total = plan.groups.reduce((sum, _, g) => sum + (groupSum[g]! > 0 ? w.group[g]! : 0), 0);
  return plan.kpis.map((_, k) => {
    const g = plan.groupOf[k]!;
    return total > 0 && groupSum[g]! > 0 ? (w.group[g]! / total) * (w.kpi[k]! / groupSum[g]!) : 0;
  });
}

export function groupShares(plan: MethodologyPlan): number[] {
  const w = plan.weights[0]!;
  if (plan.tree) {
    // A group's share of the composite: the sum of its KPIs' shares (at any depth).
    const kpi = planFullShares(plan, w);
    const out = new Array<number>(plan.groups.length).fill(0);
    plan.groupOf.forEach((g, k) => {
      for (let at = g; at >= 0; at = plan.tree!.parent[at]!) out[at]! += kpi[k]!;
    });
    return out;
  }
  const total = plan.groups.reduce((sum, _, g) => sum + w.group[g]!, 0);
  return plan.groups.map((_, g) => (total > 0 ? w.group[g]! / total : 0));
}

export function scoreTable(
  plan: MethodologyPlan,
  ds: ScoringDataset,
  ps: PeriodScores,
  options: {
    methodology: MethodologyRef;
    detail: Detail;
    trend?: TrendSeries;
    timings: { loadMs: number; scoreMs: number };
  },
): ScoreTable {
  const { structural: s, weighted: w } = ps;
  const n = s.rows.length;
  const rows = Array.from(s.rows);
  const shares = globalKpiShares(plan);
  const groupWeights = groupShares(plan);
  const tiers = plan.definition.tiers.map((t) => t.name);
  const table: ScoreTable = {
    methodology: options.methodology,
    period: { key: s.period.key, label: s.period.label },
    periods: ds.periods.map((p) => ({ key: p.key, label: p.label })),
    groups: plan.groups.map((g, j) => ({
      key: g,
      label: plan.groupLabels[j] ?? g,
      weight: groupWeights[j]!,
    })),
    kpis: plan.kpis.map((k, i) => ({
      key: k.key,
      name: k.def.name,
      unit: k.def.unit,
      direction: k.def.direction,
      group: plan.groups[plan.groupOf[i]!]!,
      normaliser: k.normaliser.kind,
      weight: shares[i]!,
    })),
    tiers,
    summary: scoreSummary(plan, ps),
    partnerId: rows.map((p) => ds.partners.id[p]!),
    externalId: rows.map((p) => ds.partners.externalId[p]!),
    name: rows.map((p) => ds.partners.name[p]!),
    type: rows.map((p) => ds.partners.type[p] ?? null),
    region: rows.map((p) => ds.partners.region[p] ?? null),
    composite: Array.from(w.composite, num),
    groupScores: plan.groups.map((_, j) =>
      Array.from(w.groupScores.subarray(j * n, (j + 1) * n), num),
    ),
    tier: Array.from(w.tier, (t) => tiers[t] ?? null),
    segment: Array.from(s.segments.segment, (x) => SEGMENTS[x]!),
    rank: Array.from(w.rank, (r) => (r > 0 ? r : null)),
    percentile: Array.from(w.percentile, num),
    coverage: Array.from(w.coverage),
    lowCoverage: Array.from(w.coverage, (c) => c < plan.definition.missingData.minCoverage),
    timings: options.timings,
  };
  if (options.detail !== 'summary') {
    table.kpiRaw = s.raw.map((col) => Array.from(col, num));
    table.kpiScore = s.normalised.map((col) => Array.from(col, num));
  }
  if (options.detail === 'full') {
    table.contribution = plan.kpis.map((_, k) =>
      Array.from(w.contributions.subarray(k * n, (k + 1) * n)),
    );
  }
  if (options.trend) {
    const trend = options.trend;
    const change: (number | null)[] = [];
    const flags: (TrendFlag | null)[] = [];
    for (const p of rows) {
      const series = seriesOf(trend, p);
      change.push(num(changeAt(series, s.t)));
      flags.push(trendFlag(series, s.t, plan.definition.trend));
    }
    table.change = change;
    table.trend = flags;
  }
  return table;
}
