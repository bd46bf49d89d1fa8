/**
 * The model the uncertainty analysis samples: per KPI the raw values (untreated and treated),
 * the ways to normalise and impute them, the aggregations and the weights, with the nominal
 * ranks and tiers it is compared with. Built from a scored period by `buildUncertaintyModel`;
 * the sampler itself (`sample-composite.ts`) only sees arrays.
 */
import type { UncertaintyFactor } from '../../../../shared/api/diagnostics-results';
import type { ProfileWeights } from '../plan';

export interface Level<T> {
  label: string;
  value: T;
}

export interface UncertaintyModel {
  /** Scored partners and KPIs. */
  n: number;
  K: number;
  G: number;
  groupOf: Int32Array;
  weights: ProfileWeights[];
  profileOf: Uint8Array;
  /** Levels of each discrete choice; level 0 is the methodology's own. */
  normalisation: Level<NormaliseFn>[];
  treatment: Level<Float64Array[]>[];
  imputation: Level<ImputeFn>[];
  /**
   * Power of the generalised mean (1 arithmetic, 0 geometric, −1 harmonic); in a hierarchy NaN
   * is each level's own mean, as configured.
   */
  aggregation: Level<number>[];
  /**
   * A methodology with a hierarchy: the composite of every partner through its tree (each
   * level's mean, or every level's mean of power `p` when `p` is a number), as the engine scores
   * it. Absent: one level of groups, sampled by `sample-composite.ts`.
   */
  tree?: TreeSampler;
  nominalRank: Int32Array;
  nominalTier: Int8Array;
  minScores: Float64Array;
  /** Highest tier each partner's gates allow (−1: none). */
  gateCap: Int8Array;
}

export type TreeSampler = (
  columns: readonly Float64Array[],
  weights: readonly ProfileWeights[],
  profileOf: Uint8Array,
  p: number,
  out: Float64Array,
) => void;

/** Scores (0–100, NaN absent) of KPI `k` from its raw values. */
export type NormaliseFn = (k: number, raw: Float64Array) => Float64Array;
export type ImputeFn = (k: number, scores: Float64Array) => Float64Array;

export const DISCRETE_FACTORS = [
  'normalisation',
  'aggregation',
  'imputation',
  'treatment',
] as const;

/** The levels a factor is drawn from (weights: one entry naming the perturbation). */
export function factorLevels(
  model: UncertaintyModel,
  factor: UncertaintyFactor,
  perturbation: number,
): string[] {
  if (factor === 'weights') return [`± ${Math.round(perturbation * 100)} %`];
  return model[factor].map((l) => l.label);
}
