/**
 * The part of a dataset one period's scores depend on: every partner, the periods the plan's
 * formulas and segment rules look back over, and only the measures and targets they read. Scoring
 * the slice gives exactly the scores of the full dataset for that period, which is what lets a
 * snapshot be recomputed after the workspace's data changed.
 */
import { formulaInputs } from '../../kpi/formula/ast';
import { formulaLookback } from '../../kpi/formula/lookback';
import { partnerCount, periodsPerYear, type ScoringDataset } from '../dataset';
import type { MethodologyPlan } from '../plan';

export interface DatasetSlice {
  dataset: ScoringDataset;
  /** Index of the scored period inside the slice. */
  t: number;
}

export function planLookback(plan: MethodologyPlan, ppy: number): number {
  let lookback = 0;
  for (const k of [...plan.kpis, ...plan.aux]) {
    lookback = Math.max(lookback, formulaLookback(k.formula, k.def.window, ppy));
    if (k.target) lookback = Math.max(lookback, formulaLookback(k.target, k.def.window, ppy));
  }
  const s = plan.definition.segments;
  return Math.max(lookback, s.inactivePeriods - 1 + s.interventionLookback);
}

export function sliceForPeriod(plan: MethodologyPlan, ds: ScoringDataset, t: number): DatasetSlice {
  const from = Math.max(0, t - planLookback(plan, periodsPerYear(ds)));
  const measures = new Set<string>();
  const targets = new Set<string>();
  for (const k of [...plan.kpis, ...plan.aux]) {
    for (const node of k.target ? [k.formula, k.target] : [k.formula]) {
      const inputs = formulaInputs(node);
      inputs.measures.forEach((m) => measures.add(m));
      inputs.targets.forEach((m) => targets.add(m));
    }
  }
  const s = plan.definition.segments;
  [...s.activityMeasures, ...s.interventionMeasures].forEach((m) => measures.add(m));

  const n = partnerCount(ds);
  const T = ds.periods.length;
  const P = t - from + 1;
  const pick = (cube: Float64Array, keep: number[]) => {
    const out = new Float64Array(keep.length * P * n);
    keep.forEach((m, j) =>
      out.set(cube.subarray((m * T + from) * n, (m * T + t + 1) * n), j * P * n),
    );
    return out;
  };
  const keptMeasures = ds.measures
    .map((m, i) => [m, i] as const)
    .filter(([m]) => measures.has(m.key));
  const keptTargets = ds.targetMeasures
    .map((m, i) => [m, i] as const)
    .filter(([m]) => targets.has(m));
  return {
    t: t - from,
    dataset: {
      grain: ds.grain,
      partners: ds.partners,
      periods: ds.periods.slice(from, t + 1),
      measures: keptMeasures.map(([m]) => m),
      values: pick(
        ds.values,
        keptMeasures.map(([, i]) => i),
      ),
      targetMeasures: keptTargets.map(([m]) => m),
      targets: pick(
        ds.targets,
        keptTargets.map(([, i]) => i),
      ),
    },
  };
}
