/**
 * What the scoring API returns. Score tables are columnar (one array per column) so that 10 000
 * partners cross the transport compactly; missing numbers are `null`.
 */
import type {
  KpiDefinition,
  MethodologyDefinition,
  Normaliser,
  NormaliserKind,
  Segment,
  TierGate,
} from './scoring-methodology';

export interface KpiInfo extends KpiDefinition {
  builtIn: boolean;
  /** The normaliser suggested when the KPI is picked. */
  normaliser: Normaliser;
}

export interface FormulaFunctionInfo {
  name: string;
  signature: string;
  summary: string;
}

export interface KpiLibrary {
  kpis: KpiInfo[];
  functions: FormulaFunctionInfo[];
  /** Measures a formula may use: the standard ones, derived ones and the workspace's own. */
  measures: { key: string; name: string; unit: string; aggregation: string; description: string }[];
}

export interface FormulaCheck {
  ok: boolean;
  error?: { message: string; position: number; length: number };
  measures: string[];
  /** Canonical form of the formula when valid. */
  formatted?: string;
}

export type MethodologyStatus = 'draft' | 'published';

export interface MethodologyVersionInfo {
  id: number;
  methodologyId: number;
  version: number;
  status: MethodologyStatus;
  note: string;
  definitionHash: string;
  basedOnVersion: number | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface MethodologySummary {
  id: number;
  name: string;
  description: string;
  createdAt: string;
  updatedAt: string;
  /** Newest published version, null before the first publication. */
  publishedVersion: number | null;
  draftVersion: number | null;
  versionCount: number;
}

export interface ChangelogEntry {
  version: number;
  summary: string;
  changes: string[];
  author: string;
  createdAt: string;
}

export interface MethodologyDetail {
  methodology: MethodologySummary;
  version: MethodologyVersionInfo;
  definition: MethodologyDefinition;
  versions: MethodologyVersionInfo[];
  changelog: ChangelogEntry[];
}

export interface DiffLine {
  kind: 'added' | 'removed' | 'changed';
  /** Where in the methodology, e.g. "Weights › Revenue". */
  area: string;
  text: string;
}

export interface VersionDiff {
  methodologyId: number;
  from: { version: number; status: MethodologyStatus };
  to: { version: number; status: MethodologyStatus };
  lines: DiffLine[];
}

export interface AuditEntry {
  id: number;
  at: string;
  entity: string;
  entityId: number | null;
  action: string;
  summary: string;
  details: Record<string, unknown>;
}

export interface SnapshotInfo {
  id: number;
  methodologyId: number;
  methodologyName: string;
  version: number;
  periodKey: string;
  /** The period as screens show it ("2026 Q3"). */
  periodLabel: string;
  reason: string;
  partnerCount: number;
  inputHash: string;
  resultsHash: string;
  createdAt: string;
}

export interface SnapshotVerification {
  snapshot: SnapshotInfo;
  identical: boolean;
  recomputedHash: string;
  rowsCompared: number;
  mismatches: number;
  firstMismatch?: {
    partnerId: number;
    column: string;
    stored: number | null;
    recomputed: number | null;
  };
}

export interface PublishResult {
  detail: MethodologyDetail;
  changelog: ChangelogEntry;
  snapshot: SnapshotInfo | null;
}

/** Which methodology a score was computed with. */
export interface MethodologyRef {
  id: number | null;
  name: string;
  version: number | null;
  status: MethodologyStatus | 'unsaved';
}

export interface PeriodRef {
  key: string;
  label: string;
}

export type TrendFlag = 'improving' | 'regressing' | 'stagnating';

export interface ScoreTableKpi {
  key: string;
  name: string;
  unit: string;
  direction: 'higher' | 'lower';
  group: string;
  normaliser: NormaliserKind;
  /** Share of the composite this KPI carries under the global weights (0–1). */
  weight: number;
}

/** A tier gate that keeps partners out of a tier they score enough for, or that nobody meets. */
export interface GateBlock {
  tier: string;
  tierIndex: number;
  kpi: string;
  kpiName: string;
  unit: string;
  op: 'gte' | 'lte';
  value: number;
  /** Partners whose score reaches the tier's minimum but who stay below because of this gate. */
  blocked: number;
  /** Partners who meet the gate; 0 means nobody can reach the tier on this data. */
  meeting: number;
  /** Partners with a value for the gate's KPI in the period. */
  withData: number;
  unreachable: boolean;
}

export interface ScoreSummary {
  scored: number;
  mean: number | null;
  median: number | null;
  /** Partners per 5-point band: [0,5), [5,10) … [95,100]. */
  histogram: number[];
  /**
   * The same bins split by the tier partners actually get (gates included): one array per tier
   * in methodology order, then one for partners below the first tier.
   */
  histogramByTier: number[][];
  tierCounts: Record<string, number>;
  segmentCounts: Record<Segment, number>;
  lowCoverage: number;
  /** Gates that keep partners out of a tier, or that nobody meets (highest tier first). */
  gateBlocks: GateBlock[];
}

export interface ScoreTable {
  methodology: MethodologyRef;
  period: PeriodRef;
  periods: PeriodRef[];
  groups: { key: string; label: string; weight: number }[];
  kpis: ScoreTableKpi[];
  tiers: string[];
  summary: ScoreSummary;
  partnerId: number[];
  externalId: string[];
  name: string[];
  type: (string | null)[];
  region: (string | null)[];
  composite: (number | null)[];
  /** One array per group, in `groups` order. */
  groupScores: (number | null)[][];
  tier: (string | null)[];
  segment: Segment[];
  rank: (number | null)[];
  percentile: (number | null)[];
  coverage: number[];
  lowCoverage: boolean[];
  /** One array per KPI, in `kpis` order (absent when detail is 'summary'). */
  kpiRaw?: (number | null)[][];
  kpiScore?: (number | null)[][];
  /** Only with detail 'full'. */
  contribution?: number[][];
  /** With `trend: true`: change against the previous period and the trend flag. */
  change?: (number | null)[];
  trend?: (TrendFlag | null)[];
  timings: { loadMs: number; scoreMs: number };
}

export interface TierMove {
  from: string | null;
  to: string | null;
  count: number;
}

export interface ScorePreview {
  methodology: MethodologyRef;
  period: PeriodRef;
  summary: ScoreSummary;
  tiers: string[];
  /** Against the baseline (the published version by default): partners per tier change. */
  baseline: MethodologyRef | null;
  tierMoves: TierMove[];
  meanChange: number | null;
  /** Whether the weight-only fast path served the preview. */
  fastPath: boolean;
  scoreMs: number;
}

export interface ExplainedKpi {
  key: string;
  name: string;
  definition: string;
  formula: string;
  group: string;
  unit: string;
  direction: 'higher' | 'lower';
  window: string;
  normaliser: Normaliser;
  raw: number | null;
  target: number | null;
  /** 0–100 after normalisation, before any imputation. */
  score: number | null;
  /** True when the missing-data policy supplied the score. */
  imputed: boolean;
  /** Effective weight after re-weighting (0–1). */
  weight: number;
  contribution: number;
  peerGroup: string | null;
  /** The value imputed before normalisation (the KPI's imputation rule), when one was. */
  imputation?: { value: number; method: 'peer_mean' | 'peer_median' | 'previous_period' };
  /** The value's outlier treatment (winsorised or log-transformed), when it had one. */
  treatment?: { kind: 'winsorise' | 'log'; before: number; after: number };
  /** What the value was divided by (`revenue / staff`), when the KPI has a denominator. */
  denominator?: string;
}

export interface WhatItTakesOption {
  kpi: string;
  name: string;
  unit: string;
  from: number | null;
  to: number | null;
  change: number | null;
  relativeChange: number | null;
  compositeAfter: number | null;
  feasible: boolean;
  reason?: string;
}

export interface PartnerExplanation {
  methodology: MethodologyRef;
  period: PeriodRef;
  partner: {
    id: number;
    externalId: string;
    name: string;
    type: string | null;
    region: string | null;
    programTier: string | null;
  };
  composite: number | null;
  tier: string | null;
  segment: Segment;
  segmentReason: string;
  rank: number | null;
  of: number;
  percentile: number | null;
  coverage: number;
  lowCoverage: boolean;
  profile: string;
  groups: {
    key: string;
    label: string;
    score: number | null;
    weight: number;
    /** The group it belongs to in a hierarchy of the methodology's own (null: top level). */
    parent?: string | null;
  }[];
  /** True when a level is averaged by a non-arithmetic mean (contribution ≠ score × weight). */
  nonAdditive?: boolean;
  kpis: ExplainedKpi[];
  whatItTakes: {
    /** `unscored`: no score this period; `highest`: already in the top tier. */
    status: 'next' | 'highest' | 'unscored';
    nextTier: string | null;
    scoreGap: number;
    unmetGates: (TierGate & { name: string; current: number | null })[];
    options: WhatItTakesOption[];
    /** The cheapest set of KPI moves that reaches the next tier together (or why none does). */
    combination:
      | {
          feasible: true;
          moves: { kpi: string; name: string; unit: string; from: number; to: number }[];
          compositeAfter: number;
        }
      | { feasible: false; reason: string }
      | null;
  };
  trend: {
    periods: { key: string; label: string; composite: number | null; tier: string | null }[];
    change: number | null;
    flag: TrendFlag | null;
  };
}
