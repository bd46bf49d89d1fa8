/**
 * The weight-dependent half of a period's scores: composite, group scores, contributions,
 * coverage, rank, percentile and tier. This is the whole of a weight-only rescore.
 */
import type { ScoringDataset } from './dataset';
import type { CompositeColumns } from './composite';
import { planCompositeColumns } from './plan-composite';
import type { MethodologyPlan } from './plan';
import { assignProfiles } from './profiles';
import { rankScores, type Ranking } from './ranking';
import type { StructuralScores } from './structural-scores';
import { tierColumn } from './tiers';

export interface WeightedScores extends CompositeColumns, Ranking {
  profileOf: Uint8Array;
  /** Tier index per row, -1 when unscored. */
  tier: Int8Array;
}

export function weightedScores(
  plan: MethodologyPlan,
  ds: ScoringDataset,
  s: StructuralScores,
  keepContributions = true,
  /** The composite, rank and tier alone: group scores not kept (returned empty). */
  compositeOnly = false,
): WeightedScores {
  if (s.key !== plan.structuralKey) {
    throw new Error('weightedScores: the plan differs from the cached scores in more than weights');
  }
  const profileOf = assignProfiles(plan.profiles, ds.partners, s.rows);
  const columns = planCompositeColumns(
    plan,
    s.scores,
    s.normalised,
    profileOf,
    keepContributions,
    s.missing,
    compositeOnly,
  );
  const ranking = rankScores(columns.composite);
  const tier = tierColumn(plan.definition.tiers, columns.composite, s.rawByKey);
  return { ...columns, ...ranking, profileOf, tier };
}
