/**
 * What the export API returns. `ScorecardData` is partner-safe by construction: it holds one
 * partner's own numbers and anonymised peer aggregates (bands over at least SCORECARD_MIN_PEERS
 * partners, rounded), never another partner's name or value. Every document (print layout, PDF,
 * PPTX) is drawn from it and from nothing else.
 */
import type { KpiUnit } from './scoring-methodology';
import type { PeriodRef, TrendFlag } from './scoring-results';
import type { Highlight, QbrAction } from './qbr-results';

/** Peer aggregates are shown only for groups of at least this many partners. */
export const SCORECARD_MIN_PEERS = 5;

export type PaperSize = 'a4' | 'letter';
export type ScorecardVariant = 'partner' | 'internal';

/** An anonymised peer aggregate: quartiles over `size` partners, rounded. */
export interface ScorecardPeerBand {
  p25: number;
  median: number;
  p75: number;
  size: number;
  /** Set when the partner's own group was too small and a broader group was used instead. */
  broader?: string;
}

export interface ScorecardKpi {
  key: string;
  name: string;
  definition: string;
  group: string;
  groupLabel: string;
  unit: KpiUnit;
  direction: 'higher' | 'lower';
  value: number | null;
  target: number | null;
  /** Value against target (1 = on target; inverted for lower-is-better KPIs). */
  attainment: number | null;
  /** 0–100. */
  score: number | null;
  /** Share of the composite (0–1). */
  weight: number;
  /** Score change against the previous period (points). */
  scoreChange: number | null;
  /** Peers' raw values (rounded to two significant digits). */
  peer: ScorecardPeerBand | null;
  /** Own raw value and target per period of `ScorecardData.periods`. */
  history: (number | null)[];
  targetHistory: (number | null)[];
}

export interface ScorecardGroup {
  key: string;
  label: string;
  score: number | null;
  weight: number;
  peer: ScorecardPeerBand | null;
}

export interface NextTierPath {
  name: string;
  minScore: number;
  scoreGap: number;
  unmetGates: {
    name: string;
    unit: KpiUnit;
    op: 'gte' | 'lte';
    value: number;
    current: number | null;
  }[];
  /** Single-KPI ways to get there, easiest first (at most three). */
  options: { name: string; unit: KpiUnit; from: number | null; to: number | null }[];
}

export interface ScorecardInternal {
  rank: number | null;
  of: number;
  percentile: number | null;
  segment: string;
  segmentReason: string;
  coverage: number;
  lowCoverage: boolean;
  weightProfile: string;
  notes: string;
}

export interface ScorecardData {
  variant: ScorecardVariant;
  generatedAt: string;
  partner: {
    externalId: string;
    name: string;
    type: string | null;
    region: string | null;
    country: string | null;
    programTier: string | null;
    manager: string | null;
  };
  period: PeriodRef;
  /** The trend window: up to eight periods ending with `period`. */
  periods: PeriodRef[];
  methodology: { name: string; version: number | null; status: string; label: string };
  /** ISO date of the newest data in the workspace. */
  dataAsOf: string | null;
  currency: string;
  composite: number | null;
  compositeChange: number | null;
  trendFlag: TrendFlag | null;
  tier: string | null;
  tiers: { name: string; minScore: number }[];
  nextTier: NextTierPath | null;
  peerGroup: { label: string; size: number };
  compositePeer: ScorecardPeerBand | null;
  groups: ScorecardGroup[];
  kpis: ScorecardKpi[];
  trend: {
    composite: (number | null)[];
    tier: (string | null)[];
    peer: (ScorecardPeerBand | null)[];
  };
  highlights: Highlight[];
  agenda: string[];
  actions: QbrAction[];
  meetingDate: string | null;
  /** The partner's own MDF allocations of the period (no budget, share or other partner). */
  mdf: ScorecardMdf[];
  /** Present only in the internal variant. */
  internal: ScorecardInternal | null;
}

/** One MDF allocation as the partner may see it: its own amount, claims and basis. */
export interface ScorecardMdf {
  period: string;
  allocatedCents: number;
  /** Claimed, approved and paid claims. */
  usedCents: number;
  paidCents: number;
  remainingCents: number;
  utilisation: number | null;
  /** What the partner is expected to co-fund beside the allocation. */
  coFundingCents: number;
  claimsCloseOn: string;
  /** What the allocation reflects: "score 78, pipeline coverage 4.1×, Gold". */
  basis: string;
}

/** A file produced by the backend: written to `path`, or returned inline as base64. */
export interface ExportFile {
  fileName: string;
  mime: string;
  bytes: number;
  path: string | null;
  base64: string | null;
  /** PDF pages, PPTX slides or table rows. */
  count: number;
  ms: number;
}

export type BatchItemStatus = 'written' | 'failed' | 'skipped';

export interface BatchResult {
  jobId: string;
  outDir: string;
  indexPath: string;
  status: 'finished' | 'cancelled';
  total: number;
  written: number;
  failed: number;
  items: {
    externalId: string;
    name: string;
    file: string | null;
    status: BatchItemStatus;
    error?: string;
  }[];
  ms: number;
}

export interface BatchFilters {
  regions: string[];
  programTiers: string[];
  managers: string[];
  partners: number;
  periods: PeriodRef[];
  defaultPeriod: string | null;
  /** A folder suggested for exports (absolute), and the platform's path separator. */
  exportsDir: string;
  pathSeparator: string;
}
