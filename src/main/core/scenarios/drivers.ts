/**
 * The KPI that moved a partner: both sides' per-KPI contributions for that one partner (the
 * engine's `rowComposite`, bit-identical to the columnar pass), and the KPI whose contribution
 * changed most in the direction the partner moved. Cheap: run only for the listed movers.
 */
import type { MoverDriver } from '../../../shared/api/scenarios-results';
import { planRowComposite } from '../scoring/plan-composite';
import type { ScoredSide } from './scored-side';

/** Each scored KPI's contribution to row `i`'s composite on one side, by KPI key. */
export function rowContributions(side: ScoredSide, i: number): Map<string, number> {
  const { plan, structural, weighted } = side;
  const K = plan.kpis.length;
  const G = plan.groups.length;
  const contributions = new Float64Array(K);
  planRowComposite(
    plan,
    structural.scores,
    i,
    plan.weights[weighted.profileOf[i]!]!,
    contributions,
    new Float64Array(G),
  );
  return new Map(plan.kpis.map((k, j) => [k.key, contributions[j]!]));
}

/** `direction` 1: moved up, −1: moved down. null when no KPI changed in that direction. */
export function moverDriver(
  base: ScoredSide,
  next: ScoredSide,
  i: number,
  direction: 1 | -1,
): MoverDriver | null {
  const before = rowContributions(base, i);
  const after = rowContributions(next, i);
  let best: MoverDriver | null = null;
  const keys = [...new Set([...after.keys(), ...before.keys()])];
  for (const kpi of keys) {
    const change = (after.get(kpi) ?? 0) - (before.get(kpi) ?? 0);
    if (!(direction * change > 0)) continue;
    if (best && direction * change <= direction * best.change) continue;
    const def = (next.plan.kpis.find((k) => k.key === kpi) ??
      base.plan.kpis.find((k) => k.key === kpi))!.def;
    best = { kpi, name: def.name, change };
  }
  return best;
}
