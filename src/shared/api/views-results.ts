/**
 * What the views API returns. Tables are columnar (one array per column) so that 10 000 partners
 * cross the transport compactly; numbers are rounded to what the pages show; missing is `null`.
 */
import type { Segment } from './scoring-methodology';
import type { PortfolioViewState } from './views';
import type {
  MethodologyRef,
  GateBlock,
  PartnerExplanation,
  PeriodRef,
  ScoreSummary,
  ScoreTableKpi,
  TrendFlag,
} from './scoring-results';

export interface ViewMethodology {
  id: number;
  name: string;
  publishedVersion: number | null;
  draftVersion: number | null;
  versions: { version: number; status: 'draft' | 'published' }[];
}

export interface ViewOptions {
  periods: PeriodRef[];
  /** The period scored when none is chosen (the latest). */
  defaultPeriod: string | null;
  methodologies: ViewMethodology[];
  /** The methodology used when none is chosen. */
  defaultMethodologyId: number | null;
  /** ISO 4217 code of the workspace's money values (setting `currency`, default USD). */
  currency: string;
}

export interface TierThreshold {
  name: string;
  minScore: number;
}

export interface PortfolioTable {
  methodology: MethodologyRef;
  period: PeriodRef;
  periods: PeriodRef[];
  currency: string;
  groups: { key: string; label: string; weight: number }[];
  kpis: ScoreTableKpi[];
  tiers: TierThreshold[];
  /** The action-segment rules: attainment at or above `growAt` grows, engagement at `engagedAt`. */
  quadrant: { attainmentName: string; growAt: number; engagedAt: number };
  summary: ScoreSummary;
  /** Partners per tier in each period of `periods` (tier names as in `tiers`). */
  tierHistory: Record<string, number>[];
  partnerId: number[];
  externalId: string[];
  name: string[];
  type: (string | null)[];
  region: (string | null)[];
  manager: (string | null)[];
  programTier: (string | null)[];
  composite: (number | null)[];
  tier: (string | null)[];
  segment: Segment[];
  rank: (number | null)[];
  change: (number | null)[];
  trend: (TrendFlag | null)[];
  coverage: number[];
  lowCoverage: boolean[];
  /** One array per group, in `groups` order. */
  groupScores: (number | null)[][];
  /** Revenue of the period (measure `revenue`). */
  revenue: (number | null)[];
  /** Raw value of the attainment KPI (1 = on target). */
  attainment: (number | null)[];
  /** Mean score of the engagement KPIs of the segment rules (0–100). */
  engagement: (number | null)[];
  /** One array per KPI, in `kpis` order: raw values. */
  kpiRaw: (number | null)[][];
  /** Composite per partner per period: `sparkline[row * periods.length + t]`. */
  sparkline: (number | null)[];
  timings: { totalMs: number; cached: boolean };
}

export interface PartnerProfile {
  id: number;
  externalId: string;
  name: string;
  type: string | null;
  region: string | null;
  country: string | null;
  programTier: string | null;
  manager: string | null;
  status: string;
  onboardedOn: string | null;
  parent: { externalId: string; name: string } | null;
  children: number;
}

export interface KpiTrend {
  key: string;
  /** Raw value per period of `PartnerPage.periods`. */
  values: (number | null)[];
  targets: (number | null)[];
}

export interface ValueSource {
  measure: string;
  measureName: string;
  unit: string;
  kind: 'value' | 'target';
  value: number;
  importId: number;
  importKind: string;
  importName: string;
  importedAt: string;
  /** Files and roll-up rules the importer recorded (none for generated data). */
  files: { fileName: string; rule: string; rowCount: number; rows: string }[];
  /** An approved correction in force overrides the stored value (`value` is the corrected one). */
  correction?: {
    id: number;
    storedValue: number;
    reason: string;
    requestedBy: string;
    approvedBy: string;
    approvedAt: string;
    expiresOn: string | null;
  };
}

export interface CoverageWarning {
  level: 'warning' | 'info';
  text: string;
}

export interface PartnerPage {
  profile: PartnerProfile;
  explanation: PartnerExplanation;
  currency: string;
  tiers: TierThreshold[];
  /** Gates that keep partners (this one or others) out of a tier, or that nobody meets. */
  gateBlocks: GateBlock[];
  periods: PeriodRef[];
  peers: { label: string; size: number; groupMedians: (number | null)[] };
  kpiTrends: KpiTrend[];
  coverage: CoverageWarning[];
  sources: ValueSource[];
  timings: { totalMs: number };
}

export interface TableExport {
  fileName: string;
  mime: string;
  base64: string;
  rows: number;
}

/** A named Portfolio view kept in the workspace, so that it travels with the file. */
export interface SavedPortfolioView {
  name: string;
  view: PortfolioViewState;
  savedAt: string;
}
