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
