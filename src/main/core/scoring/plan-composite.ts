/**
 * The composite of a plan, whichever its structure: the one-level arithmetic engine
 * (`composite.ts`, every definition without a hierarchy, bit-identical to before) or the
 * hierarchy of generalised means (`aggregation/tree-composite.ts`). Row and columnar versions
 * run the same operations in the same order, so they agree bit for bit.
 */
import { TreeAggregator } from './aggregation/tree-composite';
import {
  compositeColumns,
  fullShares,
  rowComposite,
  type CompositeColumns,
  type MissingIndex,
} from './composite';
import { missingCells } from './missing-cells';
import type { MethodologyPlan, ProfileWeights } from './plan';

const aggregators = new WeakMap<MethodologyPlan, TreeAggregator>();

function aggregatorOf(plan: MethodologyPlan): TreeAggregator {
  let a = aggregators.get(plan);
  if (!a) {
    a = new TreeAggregator(plan.tree!, plan.groupOf);
    aggregators.set(plan, a);
  }
  return a;
}

/**
 * Composite of partner `row` from score columns (NaN = absent), with KPI `override` scored
 * `overrideScore` instead when given; writes contributions (length K) and group scores (G).
 */
export function planRowComposite(
  plan: MethodologyPlan,
  columns: readonly Float64Array[],
  row: number,
  weights: ProfileWeights,
  contributions: Float64Array,
  groupScores: Float64Array,
  override = -1,
  overrideScore = NaN,
): number {
  if (!plan.tree) {
    const sums = new Float64Array(groupScores.length);
    return rowComposite(
      columns,
      row,
      weights,
      plan.groupOf,
      contributions,
      groupScores,
      sums,
      override,
      overrideScore,
    );
  }
  const score = new Float64Array(columns.length);
  for (let k = 0; k < columns.length; k++)
    score[k] = k === override ? overrideScore : columns[k]![row]!;
  return aggregatorOf(plan).row(score, weights, contributions, groupScores);
}

/** Each KPI's share of the composite when the partner has every KPI. */
export function planFullShares(plan: MethodologyPlan, weights: ProfileWeights): Float64Array {
  return plan.tree
    ? aggregatorOf(plan).fullShares(weights)
    : fullShares(weights, plan.groupOf, plan.groups.length);
}

/** The composite of every partner (see `compositeColumns` for the arguments). */
export function planCompositeColumns(
  plan: MethodologyPlan,
  scores: Float64Array[],
  observed: Float64Array[],
  profileOf: Uint8Array,
  keepContributions = true,
  missing?: MissingIndex,
  /**
   * The composite alone (group scores of one-level plans not kept) from score columns that may
   * be buffers reused by the next call, so nothing derived from them is cached.
   */
  compositeOnly = false,
): CompositeColumns {
  const { weights, groupOf } = plan;
  const G = plan.groups.length;
  if (!plan.tree)
    return compositeColumns(
      scores,
      observed,
      weights,
      profileOf,
      groupOf,
      G,
      keepContributions,
      missing,
      !compositeOnly,
    );
  const K = scores.length;
  const n = profileOf.length;
  const agg = aggregatorOf(plan);
  const shares = weights.map((w) => agg.fullShares(w));
  const unseen = missing?.observed ?? missingCells(observed, n);
  const composite = new Float64Array(n);
  const contributions = new Float64Array(keepContributions ? K * n : 0);
  const groupScores = new Float64Array(G * n);
  agg.columns(
    scores,
    weights,
    profileOf,
    composite,
    groupScores,
    keepContributions ? contributions : null,
    !compositeOnly,
  );
  const coverage = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = profileOf[i]!;
    let c = 1;
    for (let x = unseen.rowStart[i]!; x < unseen.rowStart[i + 1]!; x++)
      c -= shares[p]![unseen.kpis[x]!]!;
    coverage[i] = Math.min(1, Math.max(0, c));
  }
  return { composite, contributions, groupScores, coverage };
}

/**
 * The composite and every group's score of every partner under one weight vector, through the
 * plan's hierarchy with each level's own mean (diagnostics re-score under suggested weights with
 * it). Hierarchies only: one-level plans use `diagnostics/linear-composite.ts`.
 */
export function planTreeComposite(
  plan: MethodologyPlan,
  scores: readonly Float64Array[],
  weights: ProfileWeights,
): { composite: Float64Array; groups: Float64Array[] } {
  const n = scores[0]?.length ?? 0;
  const G = plan.groups.length;
  const composite = new Float64Array(n);
  const groupScores = new Float64Array(G * n);
  aggregatorOf(plan).columns(scores, [weights], new Uint8Array(n), composite, groupScores, null);
  return {
    composite,
    groups: Array.from({ length: G }, (_, g) => groupScores.subarray(g * n, (g + 1) * n)),
  };
}

/**
 * Tree weights that give each KPI the effective share `shares[k]`: a KPI weighs its share, a group
 * the sum of the shares under it (so every level's weights, relative to their siblings, multiply
 * down to the shares).
 */
export function treeWeightsFromShares(
  plan: MethodologyPlan,
  shares: ArrayLike<number>,
): ProfileWeights {
  const tree = plan.tree!;
  const group = new Float64Array(plan.groups.length);
  plan.groupOf.forEach((g, k) => (group[g] = group[g]! + Math.max(0, shares[k]!)));
  for (const g of tree.bottomUp) {
    const p = tree.parent[g]!;
    if (p >= 0) group[p] = group[p]! + group[g]!;
  }
  return { kpi: Float64Array.from(shares, (s) => Math.max(0, s)), group };
}
