/**
 * "What it takes": for each KPI, the smallest change of its raw value alone that lifts a partner
 * into the next tier, everyone else unchanged. The partner's score is monotone in a KPI's raw
 * value under monotone normalisers, so a bracket is found (the value beyond which the score
 * cannot improve, or by doubling) and then bisected; the answer is rounded to a sensible unit
 * in the favourable direction, which keeps it sufficient.
 */
import type { KpiUnit, TierGate } from '../../../shared/api/scoring-methodology';
import { planRowComposite } from './plan-composite';
import type { MethodologyPlan } from './plan';
import { planKpi } from './plan';
import type { PeriodScores } from './score-period';
import { cheapestCombination, type ComboKpi } from './cheapest-combination';
import { gatePasses, tierOf, unmetGates } from './tiers';

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

/** One KPI's move in the cheapest combination. */
export interface CombinationMove {
  kpi: string;
  from: number;
  to: number;
  change: number;
}

/** The cheapest set of KPI moves that reaches the next tier, or why there is none. */
export type Combination =
  | { feasible: true; moves: CombinationMove[]; compositeAfter: number }
  | { feasible: false; reason: string };

export interface WhatItTakes {
  /** `unscored`: no composite this period; `highest`: already in the top tier. */
  status: 'next' | 'highest' | 'unscored';
  currentTier: number;
  nextTier: number | null;
  /** Points of composite missing to the next tier's minimum (0 when only gates are missing). */
  scoreGap: number;
  unmetGates: TierGate[];
  options: WhatItTakesOption[];
  combination: Combination | null;
}

export function whatItTakes(plan: MethodologyPlan, ps: PeriodScores, row: number): WhatItTakes {
  const { structural: s, weighted: w } = ps;
  const tiers = plan.definition.tiers;
  const current = w.tier[row]!;
  const composite = w.composite[row]!;
  const gateValue = (kpi: string) => s.rawByKey.get(kpi)?.[row] ?? NaN;
  const scored = !Number.isNaN(composite);
  // Below the first tier (a gate or threshold of the lowest tier unmet) the next tier is the first.
  const next = scored && current + 1 < tiers.length ? current + 1 : null;
  if (next === null)
    return {
      status: scored ? 'highest' : 'unscored',
      currentTier: current,
      nextTier: null,
      scoreGap: 0,
      unmetGates: [],
      options: [],
      combination: null,
    };
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
    status: 'next',
    currentTier: current,
    nextTier: next,
    scoreGap: Math.max(0, nextRule.minScore - composite),
    unmetGates: tiers.slice(0, next + 1).flatMap((t) => unmetGates(t, gateValue)),
    options,
    combination: combinationFor(plan, ps, row, next),
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
  return (key, value) => {
    const k = plan.kpis.findIndex((x) => x.key === key);
    const score = k >= 0 ? s.scales[k]!.scoreAt(row, value) : NaN;
    const composite = planRowComposite(
      plan,
      s.scores,
      row,
      weights,
      contributions,
      groups,
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

/**
 * The cheapest combination of KPI moves (fewest score points raised in total, see
 * `cheapest-combination.ts`) that meets the next tier's minimum and every gate up to it, turned
 * back into raw values and confirmed by scoring the partner with all the moves at once.
 */
function combinationFor(
  plan: MethodologyPlan,
  ps: PeriodScores,
  row: number,
  next: number,
): Combination {
  const { structural: s, weighted: w } = ps;
  const tiers = plan.definition.tiers.slice(0, next + 1);
  const nameOf = (key: string) => planKpi(plan, key)?.def.name ?? key;
  const weights = plan.weights[w.profileOf[row]!]!;
  const K = plan.kpis.length;
  const scratch = [new Float64Array(K), new Float64Array(plan.groups.length)] as const;
  const compositeOf = (scores: Float64Array[]) =>
    planRowComposite(plan, scores, 0, weights, scratch[0], scratch[1]);
  const here = s.scores.map((col) => Float64Array.of(col[row]!));
  const raw = (key: string) => s.rawByKey.get(key)?.[row] ?? NaN;
  const gates = tiers.flatMap((t) => t.gates).filter((g) => !gatePasses(g, raw(g.kpi)));
  for (const g of gates) {
    if (Number.isNaN(raw(g.kpi)))
      return {
        feasible: false,
        reason: `${nameOf(g.kpi)} has no value this period, so the gate on it cannot be met.`,
      };
  }
  // Gates on KPIs that do not count in the score: their raw value moves to the gate, nothing else.
  const rawMoves = new Map<string, number>();
  for (const g of gates) {
    if (plan.kpis.some((k) => k.key === g.kpi)) continue;
    const prev = rawMoves.get(g.kpi);
    rawMoves.set(
      g.kpi,
      prev === undefined
        ? g.value
        : g.op === 'gte'
          ? Math.max(prev, g.value)
          : Math.min(prev, g.value),
    );
  }
  const kpis: ComboKpi[] = [];
  plan.kpis.forEach((k, i) => {
    const score = here[i]![0]!;
    if (Number.isNaN(score)) return;
    const scale = s.scales[i]!;
    const best = scale.best(row);
    // A plausible move: at most doubling the value (or halving a lower-is-better one); a KPI at
    // zero may go as far as its best. A lever that needs more is no lever.
    const from = raw(k.key);
    const up = k.def.direction === 'higher';
    const plausible = up ? (from > 0 ? from * 2 : best) : from / 2;
    const reach = Number.isFinite(plausible) ? plausible : best;
    const cap = Number.isFinite(reach)
      ? Math.max(score, scale.scoreAt(row, reach))
      : Number.isFinite(best)
        ? Math.max(score, scale.scoreAt(row, best))
        : 100;
    const withScore = (x: number) => {
      const cols = here.slice();
      cols[i] = Float64Array.of(x);
      return compositeOf(cols);
    };
    const weight = (withScore(100) - withScore(0)) / 100;
    const floors = gates.filter((g) => g.kpi === k.key).map((g) => scale.scoreAt(row, g.value));
    kpis.push({
      key: k.key,
      score,
      cap: floors.length ? Math.max(cap, ...floors) : cap,
      weight,
      ...(floors.length ? { floor: Math.max(...floors) } : {}),
    });
  });
  const composite = w.composite[row]!;
  const gap = Math.max(0, tiers[next]!.minScore - composite);
  // The combination is planned on each KPI's average weight (exact for arithmetic means).
  // Under a non-additive aggregation it is confirmed by scoring, and planned again for a larger
  // gap while it falls short: the numerical solve that keeps the answer sufficient.
  type Attempt = Combination | { feasible: false; reason: string; shortBy: number };
  let found: Attempt = { feasible: false, reason: 'no combination was tried' };
  let ask = gap;
  for (let attempt = 0; attempt < (plan.tree ? 12 : 1); attempt++) {
    found = planCombination(ask);
    const short = !found.feasible && 'shortBy' in found ? found.shortBy : 0;
    if (!(short > 0)) break;
    ask += short + 1e-6 * (1 + attempt);
  }
  return found.feasible ? found : { feasible: false, reason: found.reason };

  function planCombination(
    gap: number,
  ): Combination | { feasible: false; reason: string; shortBy: number } {
    const result = cheapestCombination(kpis, gap);
    if (!result.ok)
      return {
        feasible: false,
        reason:
          result.reason === 'gate-out-of-reach'
            ? `the gate on ${nameOf(result.key)} cannot be met by improving it.`
            : `even doubling every KPI (halving the lower-is-better ones) leaves the score ${result.shortBy.toFixed(1)} points short of ${tiers[next]!.name}.`,
      };
    // Back to raw values: the smallest move of each KPI that scores at least its target.
    const moves = new Map<string, number>(rawMoves);
    for (const m of result.moves) {
      const i = plan.kpis.findIndex((k) => k.key === m.key);
      const kpi = plan.kpis[i]!;
      const up = kpi.def.direction === 'higher';
      const from = raw(m.key);
      const target = rawForScore(s.scales[i]!, row, from, m.to, up);
      if (target === null)
        return { feasible: false, reason: `${nameOf(m.key)} cannot score high enough.` };
      let to = roundTo(target, kpi.def.unit, up ? 'up' : 'down');
      for (const g of gates.filter((x) => x.kpi === m.key))
        to = g.op === 'gte' ? Math.max(to, g.value) : Math.min(to, g.value);
      moves.set(m.key, to);
    }
    // Confirm with every move at once.
    const cols = here.slice();
    for (const [key, value] of moves) {
      const i = plan.kpis.findIndex((k) => k.key === key);
      if (i >= 0) cols[i] = Float64Array.of(s.scales[i]!.scoreAt(row, value));
    }
    const compositeAfter = compositeOf(cols);
    const tierAfter = tierOf(plan.definition.tiers, compositeAfter, (kpi) =>
      moves.has(kpi) ? moves.get(kpi)! : raw(kpi),
    );
    if (tierAfter < next)
      return {
        feasible: false,
        reason: `the rounded values fall just short of ${tiers[next]!.name}.`,
        shortBy: Math.max(0, tiers[next]!.minScore - compositeAfter),
      };
    return {
      feasible: true,
      moves: [...moves].map(([kpi, to]) => ({ kpi, from: raw(kpi), to, change: to - raw(kpi) })),
      compositeAfter,
    };
  }
}

/** The raw value nearest `from` (in the favourable direction) that scores at least `score`. */
function rawForScore(
  scale: { scoreAt(row: number, v: number): number; best(row: number): number },
  row: number,
  from: number,
  score: number,
  up: boolean,
): number | null {
  const reaches = (v: number) => scale.scoreAt(row, v) >= score - 1e-9;
  if (reaches(from)) return from;
  let hi = scale.best(row);
  if (!Number.isFinite(hi)) {
    let step = Math.max(Math.abs(from), 1);
    hi = NaN;
    for (let i = 0; i < 60; i++, step *= 2) {
      const v = up ? from + step : from - step;
      if (reaches(v)) {
        hi = v;
        break;
      }
    }
    if (Number.isNaN(hi)) return null;
  }
  if (!reaches(hi)) return null;
  let lo = from;
  for (let i = 0; i < 100 && Math.abs(hi - lo) > 1e-9 * Math.max(1, Math.abs(hi)); i++) {
    const mid = lo + (hi - lo) / 2;
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
