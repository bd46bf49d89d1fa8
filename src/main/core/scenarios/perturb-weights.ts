/**
 * Random weight perturbation for the sensitivity analysis: every KPI weight and every group
 * weight of every profile is multiplied by 1 + perturbation × u, u uniform in [−1, 1], drawn
 * in a fixed order (profile, then KPIs, then groups) so that a seed gives the same samples.
 * With perturbation < 1 a positive weight stays positive and a zero weight stays zero.
 */
import type { Rng } from '../demo/random';
import type { ProfileWeights } from '../scoring/plan';

/** Working copies of `weights` to perturb into. */
export function weightScratch(weights: readonly ProfileWeights[]): ProfileWeights[] {
  return weights.map((w) => ({
    kpi: new Float64Array(w.kpi.length),
    group: new Float64Array(w.group.length),
  }));
}

export function perturbWeights(
  weights: readonly ProfileWeights[],
  rng: Rng,
  perturbation: number,
  out: ProfileWeights[],
): ProfileWeights[] {
  weights.forEach((w, p) => {
    const o = out[p]!;
    for (let k = 0; k < w.kpi.length; k++) {
      o.kpi[k] = w.kpi[k]! * (1 + perturbation * (2 * rng.next() - 1));
    }
    for (let g = 0; g < w.group.length; g++) {
      o.group[g] = w.group[g]! * (1 + perturbation * (2 * rng.next() - 1));
    }
  });
  return out;
}
