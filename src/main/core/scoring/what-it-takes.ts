/**
 * "What it takes": for each KPI, the smallest change of its raw value alone that lifts a partner
 * into the next tier, everyone else unchanged. The partner's score is monotone in a KPI's raw
 * value under monotone normalisers, so a bracket is found (the value beyond which the score
 * cannot improve, or by doubling) and then bisected; the answer is rounded to a sensible unit
 * in the favourable direction, which keeps it sufficient.
 */
import type { KpiUnit, TierGate } from '../../../shared/api/scoring-methodology';
import { rowComposite } from './composite';
import type { MethodologyPlan } from './plan';
import { planKpi } from './plan';
import type { PeriodScores } from './score-period';
import { tierOf, unmetGates } from './tiers';

export interface WhatItTakesOption {
  kpi: string;
  from: number | null;
  to: number | null;
  change: number | null;
  relativeChange: number | null;
  /** Composite the partner would have at `to`. */
  compositeAfter: number | null;
  feasible: boolean;
  reason?: string;
}

export interface WhatItTakes {
  currentTier: number;
  nextTier: number | null;
  /** Points of composite missing to the next tier's minimum (0 when only gates are missing). */
  scoreGap: number;
  unmetGates: TierGate[];
  options: WhatItTakesOption[];
}

export function whatItTakes(plan: MethodologyPlan, ps: PeriodScores, row: number): WhatItTakes {
  const { structural: s, weighted: w } = ps;
  const tiers = plan.definition.tiers;
  const current = w.tier[row]!;
  const composite = w.composite[row]!;
  const next = current + 1 < tiers.length && current >= 0 ? current + 1 : null;
  const gateValue = (kpi: string) => s.rawByKey.get(kpi)?.[row] ?? NaN;
  if (next === null)
    return { currentTier: current, nextTier: null, scoreGap: 0, unmetGates: [], options: [] };
  const nextRule = tiers[next]!;
  const evaluate = evaluator(plan, ps, row);
  const candidates = new Set([
    ...plan.kpis.map((k) => k.key),
    ...tiers.slice(0, next + 1).flatMap((t) => t.gates.map((g) => g.kpi)),
  ]);
  const options = [...candidates].map((key) => searchKpi(plan, ps, row, key, next, evaluate));
  options.sort(
    (a, b) =>
      Number(b.feasible) - Number(a.feasible) ||
      Math.abs(a.relativeChange ?? Infinity) - Math.abs(b.relativeChange ?? Infinity) ||
      a.kpi.localeCompare(b.kpi),
  );
  return {
    currentTier: current,
    nextTier: next,
    scoreGap: Math.max(0, nextRule.minScore - composite),
    unmetGates: tiers.slice(0, next + 1).flatMap((t) => unmetGates(t, gateValue)),
    options,
  };
}

type Evaluate = (key: string, value: number) => { composite: number; tier: number };

/** Composite and tier of the row if KPI `key` had raw value `value`. */
function evaluator(plan: MethodologyPlan, ps: PeriodScores, row: number): Evaluate {
  const { structural: s, weighted: w } = ps;
  const K = plan.kpis.length;
  const weights = plan.weights[w.profileOf[row]!]!;
  const contributions = new Float64Array(K);
  const groups = new Float64Array(plan.groups.length);
  const groupSums = new Float64Array(plan.groups.length);
  return (key, value) => {
    const k = plan.kpis.findIndex((x) => x.key === key);
    const score = k >= 0 ? s.scales[k]!.scoreAt(row, value) : NaN;
    const composite = rowComposite(
      s.scores,
      row,
      weights,
      plan.groupOf,
      contributions,
      groups,
      groupSums,
      k,
      score,
    );
    const tier = tierOf(plan.definition.tiers, composite, (kpi) =>
      kpi === key ? value : (s.rawByKey.get(kpi)?.[row] ?? NaN),
    );
    return { composite, tier };
  };
}

function searchKpi(
  plan: MethodologyPlan,
  ps: PeriodScores,
  row: number,
  key: string,
  next: number,
  evaluate: Evaluate,
): WhatItTakesOption {
  const kpi = planKpi(plan, key)!;
  const from = ps.structural.rawByKey.get(key)?.[row] ?? NaN;
  const none = (reason: string): WhatItTakesOption => ({
    kpi: key,
    from: Number.isNaN(from) ? null : from,
    to: null,
    change: null,
    relativeChange: null,
    compositeAfter: null,
    feasible: false,
    reason,
  });
  if (Number.isNaN(from)) return none('no data for this KPI in the period');
  const up = kpi.def.direction === 'higher';
  const reaches = (v: number) => evaluate(key, v).tier >= next;
  const bound = bracket(plan, ps, row, key, from, up, reaches);
  if (bound === null) return none('changing this KPI alone does not reach the next tier');
  let lo = from;
  let hi = bound;
  for (let i = 0; i < 100 && Math.abs(hi - lo) > 1e-9 * Math.max(1, Math.abs(hi)); i++) {
    const mid = lo + (hi - lo) / 2;
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  // Prefer the nearest round value (an exact breakpoint such as a peer's value), else round
  // in the favourable direction, which stays sufficient because the score is monotone.
  const to =
    [roundTo(hi, kpi.def.unit, 'nearest'), roundTo(hi, kpi.def.unit, up ? 'up' : 'down')].find(
      (v) => (up ? v >= from : v <= from) && reaches(v),
    ) ?? hi;
  return {
    kpi: key,
    from,
    to,
    change: to - from,
    relativeChange: from !== 0 ? (to - from) / Math.abs(from) : null,
    compositeAfter: evaluate(key, to).composite,
    feasible: true,
  };
}

/** A value in the favourable direction that reaches the tier, or null when none does. */
function bracket(
  plan: MethodologyPlan,
  ps: PeriodScores,
  row: number,
  key: string,
  from: number,
  up: boolean,
  reaches: (v: number) => boolean,
): number | null {
  const candidates: number[] = [];
  const k = plan.kpis.findIndex((x) => x.key === key);
  if (k >= 0) {
    const best = ps.structural.scales[k]!.best(row);
    if (Number.isFinite(best)) candidates.push(best);
  }
  for (const tier of plan.definition.tiers) {
    for (const g of tier.gates) if (g.kpi === key) candidates.push(g.value);
  }
  const ahead = candidates.filter((v) => (up ? v > from : v < from));
  if (ahead.length > 0) {
    const far = up ? Math.max(...ahead) : Math.min(...ahead);
    if (reaches(far)) return far;
    if (k < 0 || Number.isFinite(ps.structural.scales[k]!.best(row))) return null;
  }
  // No closed form (z-scores): double the step until the tier is reached.
  const floor = from >= 0 ? 0 : -Infinity;
  let step = Math.max(Math.abs(from), 1);
  for (let i = 0; i < 60; i++, step *= 2) {
    const v = up ? from + step : Math.max(floor, from - step);
    if (reaches(v)) return v;
    if (!up && v === floor) return null;
  }
  return null;
}

const STEP: Record<KpiUnit, number> = {
  currency: 1,
  count: 1,
  days: 1,
  flag: 1,
  percent: 0.001,
  multiple: 0.01,
  score: 0.1,
  number: 0.01,
};

function roundTo(v: number, unit: KpiUnit, mode: 'nearest' | 'up' | 'down'): number {
  const step = STEP[unit];
  const q = v / step;
  const r =
    mode === 'nearest' ? Math.round(q) : mode === 'up' ? Math.ceil(q - 1e-9) : Math.floor(q + 1e-9);
  return Number((r * step).toPrecision(12));
}
