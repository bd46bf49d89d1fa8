/** The improvement API's answers as rows and columns (for the `improvement` command's output). */
import type {
  BacklogAction,
  DidItWork,
  Issue,
  ProgressReport,
  SuggestionList,
} from '../../../shared/api/improvement-results';
import type { Tabular } from '../benchmark/tabular';

export function issueRows(issues: Issue[]): Tabular {
  return {
    columns: [
      'id',
      'severity',
      'status',
      'subject',
      'title',
      'kpi',
      'found_on',
      'root_cause',
      'impact_score',
      'impact_revenue',
      'partners',
      'actions_open',
      'actions_done',
      'actions_overdue',
    ],
    rows: issues.map((i) => [
      i.id,
      i.severity,
      i.status,
      i.subject,
      i.title,
      i.kpiKey,
      i.foundOn,
      i.rootCause,
      i.impactScore,
      i.impactRevenue,
      i.partners,
      i.actions.open,
      i.actions.done,
      i.actions.overdue,
    ]),
  };
}

export function backlogRows(actions: BacklogAction[]): Tabular {
  return {
    columns: [
      'priority',
      'action_id',
      'issue_id',
      'partner_id',
      'partner',
      'title',
      'owner',
      'horizon',
      'kpi',
      'baseline_period',
      'baseline',
      'now',
      'now_period',
      'target',
      'due_date',
      'status',
      'progress',
      'gap_closed',
      'expected',
    ],
    rows: actions.map((a) => [
      a.priority,
      a.id,
      a.issueId,
      a.partner.externalId,
      a.partner.name,
      a.title,
      a.owner,
      a.horizon,
      a.kpiKey,
      a.baselinePeriod,
      a.baselineValue,
      a.current,
      a.currentPeriod,
      a.targetValue,
      a.dueDate,
      a.status,
      a.progress,
      a.closed === null ? null : Math.round(a.closed * 1000) / 1000,
      a.expected === null ? null : Math.round(a.expected * 1000) / 1000,
    ]),
  };
}

export function suggestionRows(list: SuggestionList): Tabular {
  return {
    columns: [
      'key',
      'rule',
      'severity',
      'subject',
      'title',
      'kpi',
      'value',
      'peer_value',
      'impact_score',
      'impact_revenue',
      'root_cause',
      'evidence',
    ],
    rows: list.suggestions.map((s) => [
      s.key,
      s.rule,
      s.severity,
      s.subject,
      s.title,
      s.kpiKey,
      s.value,
      s.peerValue,
      s.impactScore,
      s.impactRevenue,
      s.rootCause,
      s.evidence,
    ]),
  };
}

export function progressGroupRows(report: ProgressReport): Tabular {
  return {
    columns: [
      report.groupBy,
      'actions',
      'achieved',
      'on_track',
      'at_risk',
      'missed',
      'no_data',
      'mean_gap_closed',
    ],
    rows: [...report.groups, report.total].map((g) => [
      g.label,
      g.actions,
      g.counts.achieved,
      g.counts['on-track'],
      g.counts['at-risk'],
      g.counts.missed,
      g.counts['no-data'],
      g.meanClosed === null ? null : Math.round(g.meanClosed * 1000) / 1000,
    ]),
  };
}

export function impactRows(report: ProgressReport): Tabular {
  return {
    columns: ['period', 'partners', 'score_points_gained', 'revenue_gained'],
    rows: report.cumulative.map((p) => [p.period.key, p.partners, p.scorePoints, p.revenue]),
  };
}

export function comparisonRows(w: DidItWork): Tabular {
  return {
    columns: [
      'treated',
      'control',
      'cell',
      'baseline_period',
      'treated_before',
      'treated_after',
      'control_before',
      'control_after',
      'difference',
    ],
    rows: w.pairs.map((p) => [
      p.treated.externalId,
      p.control.externalId,
      p.cell,
      p.baselinePeriod,
      p.treatedBefore,
      p.treatedAfter,
      p.controlBefore,
      p.controlAfter,
      p.difference,
    ]),
  };
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** One line: the estimate with its intervals and the caveat. */
export function comparisonSentence(w: DidItWork): string {
  if (w.estimate === null) {
    return `Did it work (${w.kpi.name}): no completed action could be matched with a similar partner yet. ${w.caveat}`;
  }
  const ci = w.bootstrap
    ? ` (95% bootstrap interval ${r1(w.bootstrap.low)} to ${r1(w.bootstrap.high)})`
    : '';
  return `Did it work (${w.kpi.name}): partners with completed actions changed by ${r1(w.estimate)} more than matched partners without actions, over ${w.pairs.length} pair${w.pairs.length === 1 ? '' : 's'}${ci}. ${w.caveat}`;
}
