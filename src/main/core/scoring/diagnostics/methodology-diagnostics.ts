/**
 * The diagnostics of one methodology version for one period, over its normalised KPI scores
 * (after the missing-data policy) and its global weights: the correlation matrix of the KPIs,
 * their groups and the composite; redundant pairs (high positive correlation within a group) and
 * KPIs that pull against their group (negative correlation with its score); Cronbach's alpha per
 * group and if each KPI were dropped; effective weights and importance against the nominal
 * weight; and a weighting that brings importance to a target.
 */
import type {
  DiagnosticsGroup,
  DiagnosticsKpi,
  DiagnosticsResult,
  ImportanceTarget,
  RedundantPair,
} from '../../../../shared/api/diagnostics-results';
import { GROUP_LABELS } from '../../../../shared/api/scoring-methodology';
import type { MethodologyRef } from '../../../../shared/api/scoring-results';
import type { MethodologyPlan } from '../plan';
import type { StructuralScores } from '../structural-scores';
import { correlationMatrix, pearson } from './correlation';
import { alphaIfDropped, cronbachAlpha } from './cronbach';
import { kpiImportance } from './importance';
import { effectiveShares, linearComposite } from './linear-composite';
import { optimiseWeights } from './optimise-weights';
import { planFullShares, planTreeComposite, treeWeightsFromShares } from '../plan-composite';

export interface DiagnosticsOptions {
  target: ImportanceTarget;
  redundantAt: number;
}

const orNull = (x: number) => (Number.isFinite(x) ? x : null);

export function methodologyDiagnostics(
  plan: MethodologyPlan,
  structural: StructuralScores,
  methodology: MethodologyRef,
  options: DiagnosticsOptions,
): Omit<DiagnosticsResult, 'ms'> {
  const G = plan.groups.length;
  const { groupOf, tree } = plan;
  const weights = plan.weights[0]!;
  const scores = structural.scores;
  // A hierarchy is read as it is scored: effective shares are the products of the weight shares
  // down each KPI's path, group scores and the composite come from each level's own mean.
  const shares = tree
    ? planFullShares(plan, weights)
    : effectiveShares(weights.kpi, weights.group, groupOf, G);
  const { composite, groups: groupScores } = tree
    ? planTreeComposite(plan, scores, weights)
    : linearComposite(scores, weights.kpi, weights.group, groupOf, G);
  const importance = kpiImportance(scores, shares, composite);
  const parentOf = (g: number) => (tree ? tree.parent[g]! : -1);
  const childGroups = plan.groups.map((_, g) =>
    plan.groups.map((__, c) => c).filter((c) => parentOf(c) === g),
  );
  /** The sum of `perKpi` over the KPIs under group g, at any depth. */
  const subtree = (perKpi: ArrayLike<number>) => {
    const sums = new Float64Array(G);
    groupOf.forEach((g, k) => (sums[g] = sums[g]! + perKpi[k]!));
    if (tree) {
      for (const g of tree.bottomUp) {
        const p = tree.parent[g]!;
        if (p >= 0) sums[p] = sums[p]! + sums[g]!;
      }
    }
    return sums;
  };

  // KPIs in group order, so the heatmap shows each group as a block.
  const order = plan.kpis.map((_, k) => k).sort((a, b) => groupOf[a]! - groupOf[b]! || a - b);
  const groupLabel = (g: number) =>
    plan.groupLabels[g] ??
    GROUP_LABELS[plan.groups[g] as keyof typeof GROUP_LABELS] ??
    plan.groups[g]!;
  const columns = [...order.map((k) => scores[k]!), ...groupScores, composite];
  const matrix = Array.from(correlationMatrix(columns), orNull);

  const members = plan.groups.map((_, g) => order.filter((k) => groupOf[k] === g));
  const subtreeShare = subtree(shares);
  const alphaDropped = new Float64Array(plan.kpis.length).fill(NaN);
  const groups: DiagnosticsGroup[] = plan.groups.map((key, g) => {
    // A group's items are its KPIs and, in a hierarchy, its child groups' scores.
    const cols = [
      ...members[g]!.map((k) => scores[k]!),
      ...childGroups[g]!.map((c) => groupScores[c]!),
    ];
    if (cols.length > 2) {
      alphaIfDropped(cols)
        .slice(0, members[g]!.length)
        .forEach((a, j) => (alphaDropped[members[g]![j]!] = a));
    }
    const parent = parentOf(g);
    return {
      key,
      label: groupLabel(g),
      kpis: members[g]!.map((k) => plan.kpis[k]!.key),
      ...(tree
        ? {
            parent: parent >= 0 ? plan.groups[parent]! : null,
            groups: childGroups[g]!.map((c) => plan.groups[c]!),
          }
        : {}),
      alpha: orNull(cronbachAlpha(cols)),
      alphaRows: completeRows(cols),
      weightShare: subtreeShare[g]!,
      suggestedWeight: 0,
      correlation: orNull(pearson(groupScores[g]!, composite)),
    };
  });

  const target =
    options.target === 'nominal' ? Float64Array.from(shares) : shares.map((s) => (s > 0 ? 1 : 0));
  const suggestion = optimiseWeights({
    scores,
    shares,
    target,
    groupOf,
    G,
    ...(tree
      ? {
          compose: (s: Float64Array) =>
            planTreeComposite(plan, scores, treeWeightsFromShares(plan, s)).composite,
        }
      : {}),
  });
  // Suggested weights as a user enters them: each group against its siblings (top-level groups
  // sum to 100, so do the members of each group), each KPI against the rest of its group.
  const groupShare = subtree(suggestion.shares);
  groups.forEach((group, g) => {
    const p = parentOf(g);
    const within = p >= 0 ? groupShare[p]! : 1;
    group.suggestedWeight = within > 0 ? (100 * groupShare[g]!) / within : 0;
  });

  const kpis: DiagnosticsKpi[] = plan.kpis.map((kpi, k) => {
    const g = groupOf[k]!;
    const gc = pearson(scores[k]!, groupScores[g]!);
    let present = 0;
    for (const x of scores[k]!) if (!Number.isNaN(x)) present++;
    const imp = importance[k]!;
    return {
      key: kpi.key,
      name: kpi.def.name,
      group: plan.groups[g]!,
      present,
      weightShare: shares[k]!,
      varianceShare: orNull(imp.varianceShare),
      weightSpread: orNull(imp.weightSpread),
      correlation: orNull(imp.correlation),
      importance: orNull(imp.importance),
      importanceShare: orNull(imp.importanceShare),
      groupCorrelation: orNull(gc),
      // A KPI alone in its group is its group score: it cannot pull against it.
      pullsAgainst: members[g]!.length + childGroups[g]!.length > 1 && gc < 0,
      alphaIfDropped: orNull(alphaDropped[k]!),
      suggestedShare: suggestion.shares[k]!,
      suggestedImportanceShare: orNull(suggestion.importanceShare[k]!),
      suggestedWeight: groupShare[g]! > 0 ? (100 * suggestion.shares[k]!) / groupShare[g]! : 0,
    };
  });

  const redundant: RedundantPair[] = [];
  for (const m of members) {
    for (let a = 0; a < m.length; a++) {
      for (let b = a + 1; b < m.length; b++) {
        const r = pearson(scores[m[a]!]!, scores[m[b]!]!);
        if (r >= options.redundantAt) {
          redundant.push({
            a: plan.kpis[m[a]!]!.key,
            b: plan.kpis[m[b]!]!.key,
            group: plan.groups[groupOf[m[a]!]!]!,
            correlation: r,
          });
        }
      }
    }
  }
  redundant.sort((x, y) => y.correlation - x.correlation);

  return {
    methodology,
    period: { key: structural.period.key, label: structural.period.label },
    partners: structural.rows.length,
    // Groups are told apart from KPIs of the same name ("Revenue" is both).
    labels: [
      ...order.map((k) => plan.kpis[k]!.def.name),
      ...groups.map((g) => `${g.label} (group)`),
      'Composite',
    ],
    keys: [...order.map((k) => plan.kpis[k]!.key), ...plan.groups, 'composite'],
    kinds: [...order.map(() => 'kpi' as const), ...groups.map(() => 'group' as const), 'composite'],
    matrix,
    kpis,
    groups,
    redundant,
    redundantAt: options.redundantAt,
    target: options.target,
    suggestion: {
      objectiveBefore: suggestion.objectiveBefore,
      objective: suggestion.objective,
      iterations: suggestion.iterations,
      converged: suggestion.converged,
    },
  };
}

function completeRows(columns: readonly Float64Array[]): number {
  const n = columns[0]?.length ?? 0;
  let rows = 0;
  for (let i = 0; i < n; i++) if (columns.every((c) => !Number.isNaN(c[i]!))) rows++;
  return rows;
}
