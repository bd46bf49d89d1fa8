/** Words and colours of the improvement page: severities, statuses, progress, root causes. */
import {
  ROOT_CAUSE_LABELS,
  ROOT_CAUSES,
  type IssueStatus,
  type ProgressState,
  type Severity,
} from '../../../../shared/api';

export const SEVERITY_COLORS: Record<Severity, string> = {
  critical: 'red',
  high: 'orange',
  medium: 'yellow',
  low: 'gray',
};

export const SEVERITY_OPTIONS: { value: Severity; label: string }[] = [
  { value: 'critical', label: 'Critical' },
  { value: 'high', label: 'High' },
  { value: 'medium', label: 'Medium' },
  { value: 'low', label: 'Low' },
];

export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const ISSUE_STATUS_OPTIONS = (Object.keys(ISSUE_STATUS_LABELS) as IssueStatus[]).map(
  (value) => ({ value, label: ISSUE_STATUS_LABELS[value] }),
);

export const ROOT_CAUSE_OPTIONS = ROOT_CAUSES.map((value) => ({
  value,
  label: ROOT_CAUSE_LABELS[value],
}));

export const PROGRESS_LABELS: Record<ProgressState, string> = {
  achieved: 'Achieved',
  'on-track': 'On track',
  'at-risk': 'At risk',
  missed: 'Missed',
  'no-data': 'No data',
};

export const PROGRESS_COLORS: Record<ProgressState, string> = {
  achieved: 'green',
  'on-track': 'teal',
  'at-risk': 'orange',
  missed: 'red',
  'no-data': 'gray',
};

export const HORIZON_LABELS = { quick_win: 'Quick win', mid_term: 'Mid-term' } as const;

/** Percent KPIs are stored as fractions and typed as percentages in forms. */
export function inputScale(unit: string | null | undefined): number {
  return unit === 'percent' ? 100 : 1;
}
