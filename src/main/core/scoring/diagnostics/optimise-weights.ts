/**
 * A weighting that brings each KPI's importance (its squared correlation with the composite, as
 * a share of the sum) to a target share, like COINr's `get_opt_weights`: minimise
 * Σ (importance shareₖ − targetₖ)² over the KPIs' effective weights. COINr hands that objective
 * to a general optimiser; here a multiplicative fixed-point step wₖ ← wₖ · (targetₖ / shareₖ)^η
 * (weights renormalised) is accepted when it lowers the objective and η is halved when it does
 * not, until the objective is below `tolerance`, η is negligible or `maxIterations` is reached.
 * KPIs without weight keep none; KPIs without a correlation keep their weight.
 */
import { pearson } from './correlation';
import { linearComposite } from './linear-composite';

export interface OptimiseInput {
  scores: readonly Float64Array[];
  /** Starting effective shares (sum 1). */
  shares: Float64Array;
  /** Target importance shares of the weighted KPIs (need not sum to 1: renormalised). */
  target: Float64Array;
  groupOf: Int32Array;
  G: number;
  maxIterations?: number;
  tolerance?: number;
  /**
   * The composite under effective shares; default the one-level weighted arithmetic mean. A
   * hierarchy passes its own (each level's mean), so importance is measured on the real composite.
   */
  compose?: (shares: Float64Array) => Float64Array;
}

export interface OptimiseResult {
  /** Suggested effective shares (sum 1). */
  shares: Float64Array;
  /** Importance shares under the suggestion. */
  importanceShare: Float64Array;
  objectiveBefore: number;
  objective: number;
  iterations: number;
  converged: boolean;
}

export function optimiseWeights(input: OptimiseInput): OptimiseResult {
  const { scores, groupOf, G } = input;
  const K = scores.length;
  const maxIterations = input.maxIterations ?? 200;
  const tolerance = input.tolerance ?? 1e-8;
  const active = Array.from(input.shares, (s) => s > 0);
  const target = normalise(input.target.map((t, k) => (active[k] ? Math.max(0, t) : 0)));
  const linear = (shares: Float64Array) => {
    const groupWeights = new Float64Array(G);
    for (let k = 0; k < K; k++) groupWeights[groupOf[k]!] = groupWeights[groupOf[k]!]! + shares[k]!;
    return linearComposite(scores, shares, groupWeights, groupOf, G).composite;
  };
  const compose = input.compose ?? linear;
  const evaluate = (shares: Float64Array) => {
    const composite = compose(shares);
    const r2 = scores.map((col, k) => {
      if (!active[k]) return NaN;
      const r = pearson(col, composite);
      return r * r;
    });
    let total = 0;
    for (const v of r2) if (Number.isFinite(v)) total += v;
    const share = Float64Array.from(r2, (v) => (Number.isFinite(v) && total > 0 ? v / total : NaN));
    let objective = 0;
    for (let k = 0; k < K; k++) {
      if (!Number.isFinite(share[k]!)) continue;
      const d = share[k]! - target[k]!;
      objective += d * d;
    }
    return { share, objective };
  };
  let shares = normalise(Float64Array.from(input.shares));
  let current = evaluate(shares);
  const objectiveBefore = current.objective;
  let eta = 0.5;
  let iterations = 0;
  while (iterations < maxIterations && current.objective > tolerance && eta > 1e-4) {
    iterations++;
    const next = normalise(
      shares.map((w, k) => {
        const s = current.share[k]!;
        if (!(w > 0) || !Number.isFinite(s) || !(s > 0) || !(target[k]! > 0)) return w;
        return w * (target[k]! / s) ** eta;
      }),
    );
    const tried = evaluate(next);
    if (tried.objective < current.objective) {
      shares = next;
      current = tried;
      eta = Math.min(1, eta * 1.5);
    } else {
      eta /= 2;
    }
  }
  return {
    shares,
    importanceShare: current.share,
    objectiveBefore,
    objective: current.objective,
    iterations,
    converged: current.objective <= tolerance,
  };
}

function normalise(v: Float64Array): Float64Array {
  let s = 0;
  for (const x of v) if (x > 0) s += x;
  return s > 0 ? v.map((x) => (x > 0 ? x / s : 0)) : v;
}
