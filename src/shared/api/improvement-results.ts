/** What the improvement API returns: issues, suggested issues, the action backlog and progress. */
import type { PeriodRef } from './scoring-results';
import type { QbrAction } from './qbr-results';

export const ROOT_CAUSES = [
  'capability_gap',
  'misaligned_incentives',
  'gtm_messaging',
  'enablement_resources',
  'channel_conflict',
  'data_quality',
  'other',
] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

export const ROOT_CAUSE_LABELS: Record<RootCause, string> = {
  capability_gap: 'Capability gap',
  misaligned_incentives: 'Misaligned incentives',
  gtm_messaging: 'Go-to-market messaging',
  enablement_resources: 'Enablement resources',
  channel_conflict: 'Channel conflict',
  data_quality: 'Data quality',
  other: 'Other',
};

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ISSUE_STATUS_VALUES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type IssueStatus = (typeof ISSUE_STATUS_VALUES)[number];

export const HORIZONS = ['quick_win', 'mid_term'] as const;
export type Horizon = (typeof HORIZONS)[number];

/** A saved cohort filter: all given fields must match (program tier, action segment…). */
export interface Cohort {
  type?: string;
  region?: string;
  tier?: string;
  segment?: string;
  manager?: string;
}

export interface Issue {
  id: number;
  /** Null for a cohort issue. */
  partner: { externalId: string; name: string } | null;
  cohort: Cohort | null;
  /** "P-000123 Acme" or "VAR · EMEA"; what the issue is about, in words. */
  subject: string;
  title: string;
  foundOn: string;
  kpiKey: string | null;
  kpiName: string | null;
  periodKey: string | null;
  value: number | null;
  peerValue: number | null;
  targetValue: number | null;
  evidence: string;
  rootCause: RootCause;
  analysis: string;
  impactRevenue: number | null;
  impactScore: number | null;
  severity: Severity;
  status: IssueStatus;
  suggestionKey: string | null;
  createdAt: string;
  updatedAt: string;
  /** Partners the issue covers now (1 for a partner issue). */
  partners: number;
  actions: { total: number; open: number; done: number; overdue: number };
}

export type SuggestionRule = 'regressing' | 'stagnating' | 'bottom_quartile' | 'risk' | 'cohort';

/** An issue drafted from the data for the user to accept or dismiss. */
export interface SuggestedIssue {
  /** Names the finding (rule, partner or cohort, KPI, period); dismissals are remembered by it. */
  key: string;
  rule: SuggestionRule;
  partner: { externalId: string; name: string } | null;
  cohort: Cohort | null;
  subject: string;
  title: string;
  kpiKey: string | null;
  kpiName: string | null;
  periodKey: string;
  value: number | null;
  peerValue: number | null;
  targetValue: number | null;
  evidence: string;
  rootCause: RootCause;
  impactRevenue: number | null;
  impactScore: number | null;
  severity: Severity;
}

export interface SuggestionList {
  period: PeriodRef;
  suggestions: SuggestedIssue[];
  /** Findings not listed: already an issue, dismissed, or beyond the limit. */
  accepted: number;
  dismissed: number;
  more: number;
}

export type ProgressState = 'achieved' | 'on-track' | 'at-risk' | 'missed' | 'no-data';

/** An action of the backlog with its issue, priority and progress against the baseline. */
export interface BacklogAction extends QbrAction {
  issue: { id: number; title: string; severity: Severity; subject: string } | null;
  kpiName: string | null;
  kpiUnit: string | null;
  direction: 'higher' | 'lower' | null;
  /** The KPI's latest value for the partner (re-measured on every call): in the latest period, or
   * the last one since the baseline in which the partner has a value. */
  current: number | null;
  /** The period `current` comes from (null without a value). */
  currentPeriod: string | null;
  progress: ProgressState | null;
  /** Share of the baseline→target gap closed; null without a KPI, target or value. */
  closed: number | null;
  /** Share a straight line from baseline to target would have closed by `asOf`. */
  expected: number | null;
  /** 1 = do first; from the issue's severity and impact and the action's urgency. */
  priority: number;
  priorityScore: number;
}

export interface ProgressGroup {
  label: string;
  actions: number;
  counts: Record<ProgressState, number>;
  meanClosed: number | null;
}

export interface ImpactPoint {
  period: PeriodRef;
  /** Partners with an action whose baseline period is this one or earlier. */
  partners: number;
  /** Sum over those partners of score now − score at their baseline (points). */
  scorePoints: number;
  /** Sum of revenue in the period − revenue in the baseline period. */
  revenue: number;
}

export interface ProgressReport {
  /** The latest period with data: progress is measured as of its last day. */
  period: PeriodRef;
  asOf: string;
  groupBy: 'issue' | 'region' | 'type' | 'tier' | 'owner';
  actions: BacklogAction[];
  groups: ProgressGroup[];
  total: ProgressGroup;
  cumulative: ImpactPoint[];
}

export interface MatchedPair {
  treated: { externalId: string; name: string };
  control: { externalId: string; name: string };
  cell: string;
  baselinePeriod: string;
  treatedBefore: number;
  treatedAfter: number;
  controlBefore: number;
  controlAfter: number;
  /** (treated after − before) − (control after − before). */
  difference: number;
}

export interface DidItWork {
  kpi: { key: string; name: string; unit: string; direction: 'higher' | 'lower' };
  period: PeriodRef;
  pairs: MatchedPair[];
  /** Partners with a completed action for whom no similar partner without actions was found. */
  unmatched: { externalId: string; name: string; reason: string }[];
  /** Mean of the pairs' differences (difference in differences), in the KPI's unit. */
  estimate: number | null;
  /** 95% interval: seeded bootstrap percentiles over pairs, and the t interval. */
  bootstrap: { low: number; high: number; resamples: number; seed: number } | null;
  tInterval: { low: number; high: number } | null;
  /** Always says this is an observational comparison, never proof. */
  caveat: string;
}

/** What the improvement page's forms offer: KPIs and the values a cohort filter can take. */
export interface ImprovementOptions {
  kpis: { key: string; name: string; unit: string; direction: 'higher' | 'lower' }[];
  types: string[];
  regions: string[];
  tiers: string[];
  segments: string[];
  managers: string[];
  currency: string;
  /** The latest period with data (baselines are frozen there), null without data. */
  period: { key: string; label: string } | null;
}
