/** What the QBR API returns: reviews, drafted highlights and improvement actions. */
import type { PeriodRef } from './scoring-results';
import type { ScorecardData } from './export-results';

export const HIGHLIGHT_KINDS = [
  'plan',
  'improvement',
  'decline',
  'peer',
  'tier',
  'risk',
  'note',
] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** One line of a QBR's highlights; `internal` ones never reach a partner-facing document. */
export interface Highlight {
  kind: HighlightKind;
  text: string;
  internal: boolean;
}

export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface QbrAction {
  id: number;
  partner: { externalId: string; name: string };
  periodKey: string | null;
  title: string;
  owner: string;
  /** ISO date (yyyy-mm-dd) or null. */
  dueDate: string | null;
  status: ActionStatus;
  successCriterion: string;
  kpiKey: string | null;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  /** Not done and due before today. */
  overdue: boolean;
  /** The improvement loop: the issue it belongs to and the KPI baseline frozen at creation. */
  issueId: number | null;
  baselineValue: number | null;
  baselinePeriod: string | null;
  /** Last day of the baseline period (yyyy-mm-dd). */
  baselineDate: string | null;
  targetValue: number | null;
  resources: string;
  contingency: string;
  horizon: 'quick_win' | 'mid_term' | null;
}

export interface QbrReview {
  /** Null while the review is a draft that was never saved. */
  id: number | null;
  partnerExternalId: string;
  periodKey: string;
  meetingDate: string | null;
  agenda: string[];
  highlights: Highlight[];
  notes: string;
  createdAt: string | null;
  updatedAt: string | null;
}

/** Everything the QBR page needs for one partner and quarter. */
export interface QbrWorkspace {
  review: QbrReview;
  /** Highlights drafted from the current data (what "Redraft" puts back). */
  draft: Highlight[];
  defaultAgenda: string[];
  actions: QbrAction[];
  /** The internal scorecard of the same partner and period (numbers for the page header). */
  scorecard: ScorecardData;
}

export interface QbrReviewSummary {
  id: number;
  partner: { externalId: string; name: string; region: string | null };
  periodKey: string;
  meetingDate: string | null;
  openActions: number;
  updatedAt: string;
}

export interface PartnerChoice {
  externalId: string;
  name: string;
  region: string | null;
  programTier: string | null;
  manager: string | null;
}

export interface QbrOverview {
  reviews: QbrReviewSummary[];
  /** Partners matching the search (by name or id), at most `limit`. */
  partners: PartnerChoice[];
  periods: PeriodRef[];
  defaultPeriod: string | null;
}
