/**
 * Results of the methodology diagnostics (coherence of the KPIs) and of the uncertainty analysis
 * over methodological choices. Numbers that cannot be computed (too few partners, no spread) are
 * `null`.
 */
import type { MethodologyRef, PeriodRef } from './scoring-results';

export interface DiagnosticsKpi {
  key: string;
  name: string;
  group: string;
  /** Partners with a score for this KPI (after the missing-data policy). */
  present: number;
  /** Nominal share of the composite (group share × share within the group), 0–1. */
  weightShare: number;
  /** Share of the composite's variance: w · cov(KPI, composite) / var(composite). */
  varianceShare: number | null;
  /** w · σ / Σ w · σ: the weight once the KPI's spread is taken into account. */
  weightSpread: number | null;
  /** Pearson correlation with the composite. */
  correlation: number | null;
  /** Squared correlation with the composite, and its share of the KPIs' sum. */
  importance: number | null;
  importanceShare: number | null;
  /** Pearson correlation with its own group's score. */
  groupCorrelation: number | null;
  /** Negatively correlated with its own group's score. */
  pullsAgainst: boolean;
  /** Cronbach's alpha of its group without it. */
  alphaIfDropped: number | null;
  /** The suggested effective share, the importance share it gives, and the KPI weight within its group (sum 100). */
  suggestedShare: number;
  suggestedImportanceShare: number | null;
  suggestedWeight: number;
}

export interface DiagnosticsGroup {
  key: string;
  label: string;
  kpis: string[];
  /** In a hierarchy: the group's parent (null at the top) and its child groups. */
  parent?: string | null;
  groups?: string[];
  /**
   * Cronbach's alpha over the partners that have every item of the group (its KPIs and, in a
   * hierarchy, its child groups' scores).
   */
  alpha: number | null;
  alphaRows: number;
  weightShare: number;
  /** The group's suggested weight (siblings sum to 100: top-level groups, a group's children). */
  suggestedWeight: number;
  /** Pearson correlation of the group's score with the composite. */
  correlation: number | null;
}

export interface RedundantPair {
  a: string;
  b: string;
  group: string;
  correlation: number;
}

export type ImportanceTarget = 'equal' | 'nominal';

export interface DiagnosticsResult {
  methodology: MethodologyRef;
  period: PeriodRef;
  partners: number;
  /** Heatmap axes: the KPIs (in group order), then the groups, then the composite. */
  labels: string[];
  keys: string[];
  kinds: ('kpi' | 'group' | 'composite')[];
  /** Row-major Pearson correlations over the partners that have both values. */
  matrix: (number | null)[];
  kpis: DiagnosticsKpi[];
  groups: DiagnosticsGroup[];
  redundant: RedundantPair[];
  redundantAt: number;
  target: ImportanceTarget;
  suggestion: {
    objectiveBefore: number;
    objective: number;
    iterations: number;
    converged: boolean;
  };
  ms: number;
}

export type UncertaintyFactor =
  'normalisation' | 'aggregation' | 'imputation' | 'treatment' | 'weights';

export interface UncertaintyPartner {
  partnerId: string;
  name: string;
  nominalRank: number;
  medianRank: number;
  /** 5th and 95th percentile of the rank over the samples. */
  lowRank: number;
  highRank: number;
  tier: string | null;
  /** Share of the samples in which the partner keeps its nominal tier. */
  keepTier: number;
}

export interface SensitivityIndex {
  factor: UncertaintyFactor;
  /** The levels the factor was drawn from (weights: the perturbation). */
  levels: string[];
  /** First-order (Saltelli 2010) and total-order (Jansen 1999) indices of the mean rank shift. */
  first: number | null;
  total: number | null;
}

export interface UncertaintyResult {
  jobId: string;
  period: PeriodRef;
  seed: number;
  samples: number;
  /** Sobol base sample size: runs = base × (factors + 2). */
  base: number;
  completed: number;
  cancelled: boolean;
  scored: number;
  /** Partners listed, best nominal rank first (at most `limit`). */
  partners: UncertaintyPartner[];
  /** Mean over partners of |rank − nominal rank| per sample, averaged over samples. */
  meanRankShift: number;
  /** Median width of the 5–95 % rank interval. */
  medianIntervalWidth: number;
  /** Mean share of samples in which partners keep their tier. */
  meanKeepTier: number;
  indices: SensitivityIndex[];
  ms: number;
}
