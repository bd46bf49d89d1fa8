/**
 * The uncertainty model of a scored period, from the engine's own building blocks: the
 * methodology's normalisers and the min–max, z-score and percentile-rank normalisers
 * (`normalisers/`, within each KPI's peer groups), winsorisation (`treatment/winsorise.ts`, the
 * Handbook/COINr skewness and kurtosis rule) and the missing-data policies (`missing-data.ts`).
 * The nominal ranks and tiers are the engine's.
 */
import type { MissingDataPolicy, PeerDimension } from '../../../../shared/api/scoring-methodology';
import type { ScoringDataset } from '../dataset';
import { fillMissing } from '../missing-data';
import { fitScale } from '../normalisers/fit-scale';
import { fitMinMax } from '../normalisers/min-max';
import { fitPercentile } from '../normalisers/percentile';
import { fitZScore } from '../normalisers/z-score';
import { peerGroups, type GroupIndex } from '../peer-groups';
import type { MethodologyPlan } from '../plan';
import type { StructuralScores } from '../structural-scores';
import { tierColumn } from '../tiers';
import { winsorise } from '../treatment/winsorise';
import type { WeightedScores } from '../weighted-scores';
import { TreeAggregator } from '../aggregation/tree-composite';
import type { Level, NormaliseFn, TreeSampler, UncertaintyModel } from './model';

const POLICY_LABELS: Record<MissingDataPolicy, string> = {
  reweight: 'none, re-weighted',
  zero: 'scored zero',
  peer_median: 'peer median',
};

export function buildUncertaintyModel(
  plan: MethodologyPlan,
  ds: ScoringDataset,
  structural: StructuralScores,
  weighted: WeightedScores,
): UncertaintyModel {
  const { rows } = structural;
  const groupCache = new Map<string, GroupIndex>();
  const groupsFor = (dims: readonly PeerDimension[]) => {
    const key = dims.join(',');
    let g = groupCache.get(key);
    if (!g) {
      g = peerGroups(ds.partners, rows, dims);
      groupCache.set(key, g);
    }
    return g;
  };
  const kpi = (k: number) => plan.kpis[k]!;
  const direction = (k: number) => kpi(k).def.direction;

  const configured: NormaliseFn = (k, raw) =>
    raw === structural.raw[k]
      ? structural.normalised[k]!
      : fitScale(kpi(k).normaliser, {
          raw,
          direction: direction(k),
          groups: groupsFor(kpi(k).peerBy),
          targets: structural.targets[k],
        }).scores;
  const normalisation: Level<NormaliseFn>[] = [
    { label: 'As configured', value: configured },
    {
      label: 'Min–max',
      value: (k, raw) => fitMinMax(raw, direction(k), groupsFor(kpi(k).peerBy)).scores,
    },
    {
      label: 'z-score',
      value: (k, raw) => fitZScore(raw, direction(k), groupsFor(kpi(k).peerBy)).scores,
    },
    {
      label: 'Percentile rank',
      value: (k, raw) => fitPercentile(raw, direction(k), groupsFor(kpi(k).peerBy)).scores,
    },
  ];

  const policy = plan.definition.missingData.policy;
  const peers = groupsFor(plan.definition.peerGroup);
  const policies = [...new Set<MissingDataPolicy>([policy, 'peer_median', 'reweight'])];
  const imputation = policies.map((p, i) => ({
    label: i === 0 ? `As configured (${POLICY_LABELS[p]})` : POLICY_LABELS[p],
    value: (_k: number, scores: Float64Array) => fillMissing(scores, p, peers),
  }));
  imputation[1]!.label = imputation[1]!.label.replace(/^./, (c) => c.toUpperCase());
  if (imputation[2])
    imputation[2].label = imputation[2].label.replace(/^./, (c) => c.toUpperCase());

  const tiers = plan.definition.tiers;
  return {
    n: rows.length,
    K: plan.kpis.length,
    G: plan.groups.length,
    groupOf: plan.groupOf,
    weights: plan.weights,
    profileOf: weighted.profileOf,
    normalisation,
    treatment: [
      { label: 'None', value: structural.raw },
      { label: 'Winsorised', value: structural.raw.map((r) => winsorise(r).values) },
    ],
    imputation,
    aggregation: [
      ...(plan.tree ? [{ label: 'As configured (each level’s own mean)', value: NaN }] : []),
      { label: 'Arithmetic', value: 1 },
      { label: 'Geometric', value: 0 },
      { label: 'Harmonic', value: -1 },
    ],
    ...(plan.tree ? { tree: treeSampler(plan) } : {}),
    nominalRank: weighted.rank,
    nominalTier: weighted.tier,
    minScores: Float64Array.from(tiers, (t) => t.minScore),
    gateCap: tierColumn(tiers, new Float64Array(rows.length).fill(Infinity), structural.rawByKey),
  };
}

/**
 * Samples a hierarchy with the engine's own tree aggregation (`aggregation/tree-composite.ts`):
 * as configured, or with every level's mean replaced by the power of the sampled aggregation.
 */
function treeSampler(plan: MethodologyPlan): TreeSampler {
  const tree = plan.tree!;
  const G = plan.groups.length;
  const aggregators = new Map<number, TreeAggregator>();
  let groupScores = new Float64Array(0);
  return (columns, weights, profileOf, p, out) => {
    const key = Number.isNaN(p) ? NaN : p;
    let aggregator = aggregators.get(key);
    if (!aggregator) {
      const variant = Number.isNaN(p)
        ? tree
        : { ...tree, power: new Float64Array(G).fill(p), rootPower: p };
      aggregator = new TreeAggregator(variant, plan.groupOf);
      aggregators.set(key, aggregator);
    }
    if (groupScores.length !== G * out.length) groupScores = new Float64Array(G * out.length);
    aggregator.columns(columns, weights, profileOf, out, groupScores, null);
  };
}
