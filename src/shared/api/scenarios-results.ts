/** What the what-if and scenario methods return. */
import type { MethodologyDefinition } from './scoring-methodology';
import type {
  MethodologyRef,
  MethodologySummary,
  PeriodRef,
  PublishResult,
} from './scoring-results';
import type { ScenarioBaseline, ScenarioScope } from './scenarios';

export interface WhatIfKpi {
  key: string;
  name: string;
  /** Group key under the definition's grouping (category or perspective). */
  group: string;
  unit: string;
  direction: 'higher' | 'lower';
}

export interface WhatIfContext {
  methodologies: MethodologySummary[];
  baseline: MethodologyRef & { id: number };
  definition: MethodologyDefinition;
  /** Every KPI the definition can use (library and custom), with its group. */
  kpis: WhatIfKpi[];
  /** Groups of the definition's grouping, in order, with labels. */
  groups: { key: string; label: string }[];
  regions: string[];
  types: string[];
  periods: PeriodRef[];
  /** Measures used for exposure; null when the workspace has no such measure. */
  exposureMeasures: { revenue: string | null; mdf: string | null };
}

/** The KPI whose contribution change did most to move a partner in the direction it moved. */
export interface MoverDriver {
  kpi: string;
  name: string;
  /** Change of the KPI's contribution to the composite, in score points. */
  change: number;
}

export interface WhatIfMover {
  partnerId: number;
  externalId: string;
  name: string;
  type: string | null;
  region: string | null;
  /** null: below the lowest tier or unscored. */
  fromTier: string | null;
  toTier: string | null;
  before: number | null;
  after: number | null;
  /** 1 = best. */
  rankBefore: number | null;
  rankAfter: number | null;
  /** Places climbed (positive) or lost (negative). */
  rankChange: number | null;
  driver: MoverDriver | null;
}

export interface ExposureSide {
  partners: number;
  revenue: number;
  mdf: number;
}

/** Who enters and leaves a tier under the scenario, and the revenue and MDF they carry. */
export interface TierExposure {
  tier: string;
  entering: ExposureSide;
  leaving: ExposureSide;
}

export interface TierMinScore {
  tier: string;
  minScore: number;
}

export interface WhatIfResult {
  baseline: MethodologyRef;
  period: PeriodRef;
  scope: ScenarioScope | null;
  /** Partners scored in the period. */
  partners: number;
  /**
   * Tier labels of the matrix rows (baseline) and columns (scenario), lowest first; the label
   * "No tier" comes first when some partner reaches no tier on either side.
   */
  fromTiers: string[];
  toTiers: string[];
  /** matrix[row][column]: partners in baseline tier `fromTiers[row]` and scenario tier `toTiers[column]`. */
  matrix: number[][];
  moved: { up: number; down: number; same: number };
  meanChange: number | null;
  /** Histograms of the composite score: `binEdges` (length bins + 1), counts before and after. */
  distribution: {
    binEdges: number[];
    before: number[];
    after: number[];
    thresholdsBefore: TierMinScore[];
    thresholdsAfter: TierMinScore[];
  };
  /** Tier changers, the biggest moves first; the totals count every one of them. */
  movers: { up: WhatIfMover[]; down: WhatIfMover[]; upTotal: number; downTotal: number };
  exposure: TierExposure[];
  exposureMeasures: { revenue: string | null; mdf: string | null };
  /** Time spent in the engine for this call, and whether the weight-only fast path served it. */
  engineMs: number;
  fastPath: boolean;
}

export interface KnifeEdgePartner {
  partnerId: number;
  externalId: string;
  name: string;
  type: string | null;
  region: string | null;
  tier: string | null;
  score: number | null;
  /** Share of the samples in which the partner kept its tier. */
  stability: number;
  /** The tier it took most often instead, and in which share of the samples. */
  otherTier: string | null;
  otherShare: number;
  /** Points from the nearest tier threshold (negative: below it). */
  margin: number | null;
}

export interface SensitivityResult {
  jobId: string;
  period: PeriodRef;
  perturbation: number;
  samples: number;
  seed: number;
  /** Samples actually run (fewer when cancelled). */
  completed: number;
  cancelled: boolean;
  partners: number;
  meanStability: number;
  /** Partners per tenth of stability: [0–10 %), …, [90–100 %]. */
  stabilityHistogram: number[];
  perTier: { tier: string; partners: number; meanStability: number; knifeEdge: number }[];
  knifeEdgeBelow: number;
  knifeEdgeTotal: number;
  /** Least stable first. */
  knifeEdge: KnifeEdgePartner[];
  ms: number;
}

export interface ScenarioSummary {
  id: number;
  name: string;
  note: string;
  baseline: ScenarioBaseline;
  methodologyName: string;
  /** The baseline version the scenario was saved against (null: the draft then). */
  baseVersion: number | null;
  scope: ScenarioScope | null;
  createdAt: string;
  updatedAt: string;
  /** Set once the scenario has been published as a methodology version. */
  publishedVersion: number | null;
}

export interface ScenarioDetail extends ScenarioSummary {
  definition: MethodologyDefinition;
}

export interface ScenarioColumn {
  scenario: ScenarioSummary;
  baseline: MethodologyRef;
  /** Partners per tier: baseline and scenario, lowest tier first. */
  tierCounts: { tier: string; before: number; after: number }[];
  moved: { up: number; down: number; same: number };
  meanChange: number | null;
  /** Exposure summed over the tiers: revenue and MDF of partners moving up and down. */
  exposure: { up: ExposureSide; down: ExposureSide };
}

export interface ScenarioComparison {
  period: PeriodRef;
  columns: ScenarioColumn[];
  /** Effective share (0–1) of each KPI in the composite: baseline and per scenario (global weights). */
  weights: { kpi: string; name: string; group: string; baseline: number; scenarios: number[] }[];
  /** Partners whose tier differs between the scenarios or from the baseline, biggest spread first. */
  partners: {
    partnerId: number;
    /** The partner's own id (P-000123), for links to its page. */
    externalId: string;
    name: string;
    baselineTier: string | null;
    tiers: (string | null)[];
    scores: (number | null)[];
  }[];
  partnersTotal: number;
}

export interface ScenarioPublishResult extends PublishResult {
  scenario: ScenarioSummary;
}
