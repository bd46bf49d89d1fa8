/**
 * The action backlog: QBR actions extended with the issue they belong to and a KPI baseline
 * frozen when they are created, prioritised by impact and urgency, each re-measured against its
 * baseline from the current data (progress.ts) whenever it is read — so every import moves it.
 */
import type {
  BacklogAction,
  Horizon,
  Issue,
  ProgressState,
  Severity,
} from '../../../shared/api/improvement-results';
import type { ActionStatus, QbrAction } from '../../../shared/api/qbr-results';
import { AppError } from '../../../shared/errors';
import { addAction, getAction, listActions, updateAction } from '../qbr/action-store';
import type { Workspace } from '../workspace/workspace';
import { allPartners, latestSegments, matchesCohort } from './cohort';
import { getIssue, ownWrite, SEVERITY_RANK, todayIso } from './issue-store';
import { kpiReader, tidy, type KpiReader } from './kpi-reader';
import { measureProgress } from './progress';

export interface Baseline {
  baselineValue: number | null;
  baselinePeriod: string | null;
  baselineDate: string | null;
}

/** The KPI's value for the partner in the latest period with data, frozen as the baseline. */
export function freezeBaseline(
  ws: Workspace,
  partnerId: number,
  kpiKey: string | null,
  reader?: KpiReader,
): Baseline {
  if (!kpiKey) return { baselineValue: null, baselinePeriod: null, baselineDate: null };
  const r = reader ?? kpiReader(ws);
  r.info(kpiKey); // NOT_FOUND with the KPI's name when it does not exist
  if (r.latest < 0) return { baselineValue: null, baselinePeriod: null, baselineDate: null };
  const period = r.periods[r.latest]!;
  return {
    baselineValue: tidy(r.value(kpiKey, r.row(partnerId), r.latest)),
    baselinePeriod: period.key,
    baselineDate: period.endDate,
  };
}

/** A target on the wrong side of the baseline (lower for a higher-is-better KPI) is refused. */
export function checkTarget(
  kpi: { name: string; direction: 'higher' | 'lower' } | null,
  baseline: number | null,
  target: number | null,
): void {
  if (!kpi || baseline === null || target === null) return;
  const wrong = kpi.direction === 'higher' ? target < baseline : target > baseline;
  if (wrong) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `${kpi.name} is better when ${kpi.direction}: the target (${target}) must not be ${kpi.direction === 'higher' ? 'below' : 'above'} the baseline (${baseline}).`,
      { baseline, target },
    );
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Impact × urgency: the issue's severity (1–4) × (1 + score points at stake / 10, at most 3) ×
 * urgency (overdue 3, due within 30 days 2, within 90 days 1.5, later 1, no date 0.8). Done
 * actions score 0.
 */
export function priorityScore(
  action: Pick<QbrAction, 'status' | 'dueDate'>,
  issue: Pick<Issue, 'severity' | 'impactScore'> | null,
  today: string,
): number {
  if (action.status === 'done') return 0;
  const severity = SEVERITY_RANK[issue?.severity ?? 'medium'];
  const impact = 1 + Math.min(20, Math.max(0, issue?.impactScore ?? 0)) / 10;
  let urgency = 0.8;
  if (action.dueDate) {
    const days = daysBetween(today, action.dueDate);
    urgency = days < 0 ? 3 : days <= 30 ? 2 : days <= 90 ? 1.5 : 1;
  }
  return Math.round(severity * impact * urgency * 100) / 100;
}

interface IssueBrief {
  id: number;
  title: string;
  severity: Severity;
  subject: string;
  impactScore: number | null;
}

function issueBriefs(ws: Workspace): Map<number, IssueBrief> {
  const rows = ws.sqlite
    .prepare(
      `SELECT i.id, i.title, i.severity, i.impact_score AS impactScore, i.cohort,
              p.external_id AS externalId, p.name
         FROM improvement_issues i LEFT JOIN partners p ON p.id = i.partner_id`,
    )
    .all() as (Omit<IssueBrief, 'subject'> & {
    cohort: string | null;
    externalId: string | null;
    name: string | null;
  })[];
  return new Map(
    rows.map((r) => {
      let subject = `${r.externalId ?? ''} ${r.name ?? ''}`.trim();
      if (r.cohort) {
        try {
          subject = Object.values(JSON.parse(r.cohort) as Record<string, string>).join(' · ');
        } catch {
          /* keep the partner subject */
        }
      }
      return [
        r.id,
        { id: r.id, title: r.title, severity: r.severity, subject, impactScore: r.impactScore },
      ];
    }),
  );
}

/** Adds progress, issue and priority to QBR actions; sorted by priority (1 = do first). */
export function toBacklog(
  ws: Workspace,
  actions: QbrAction[],
  reader: KpiReader = kpiReader(ws),
): BacklogAction[] {
  const issues = issueBriefs(ws);
  const today = todayIso();
  const latest = reader.latest >= 0 ? reader.periods[reader.latest]! : null;
  const partnerRows = new Map(
    (
      ws.sqlite.prepare('SELECT id, external_id AS e FROM partners').all() as {
        id: number;
        e: string;
      }[]
    ).map((r) => [r.e, r.id]),
  );
  const out = actions.map((a): BacklogAction => {
    const issue = a.issueId !== null ? (issues.get(a.issueId) ?? null) : null;
    let info: { name: string; unit: string; direction: 'higher' | 'lower' } | null = null;
    if (a.kpiKey) {
      try {
        info = reader.info(a.kpiKey);
      } catch {
        info = null;
      }
    }
    const row = reader.row(partnerRows.get(a.partner.externalId) ?? -1);
    // The partner's latest value: a partial import of a new period does not blank the others.
    let current: number | null = null;
    let measuredAt = -1;
    if (info && a.kpiKey && latest) {
      const from = a.baselinePeriod ? Math.max(0, reader.periodIndex(a.baselinePeriod)) : 0;
      for (let t = reader.latest; t >= from && current === null; t--) {
        current = tidy(reader.value(a.kpiKey, row, t));
        if (current !== null) measuredAt = t;
      }
    }
    const asOf = measuredAt >= 0 ? reader.periods[measuredAt]!.endDate : latest?.endDate;
    let progress: ProgressState | null = null;
    let closed: number | null = null;
    let expected: number | null = null;
    if (
      info &&
      latest &&
      a.baselineValue !== null &&
      a.targetValue !== null &&
      a.baselineDate &&
      a.dueDate &&
      a.dueDate >= a.baselineDate
    ) {
      const p = measureProgress({
        baseline: a.baselineValue,
        current,
        target: a.targetValue,
        baselineDate: a.baselineDate,
        targetDate: a.dueDate,
        asOf: asOf!,
        direction: info.direction,
      });
      progress = p.status;
      closed = p.closed;
      expected = p.expected;
    }
    return {
      ...a,
      issue: issue
        ? { id: issue.id, title: issue.title, severity: issue.severity, subject: issue.subject }
        : null,
      kpiName: info?.name ?? null,
      kpiUnit: info?.unit ?? null,
      direction: info?.direction ?? null,
      current,
      currentPeriod: measuredAt >= 0 ? reader.periods[measuredAt]!.key : null,
      progress,
      closed,
      expected,
      priority: 0,
      priorityScore: priorityScore(a, issue, today),
    };
  });
  out.sort(
    (x, y) =>
      y.priorityScore - x.priorityScore ||
      (x.dueDate ?? '9999').localeCompare(y.dueDate ?? '9999') ||
      x.id - y.id,
  );
  out.forEach((a, i) => (a.priority = i + 1));
  return out;
}

export function listBacklog(
  ws: Workspace,
  q: { status: 'open' | 'done' | 'all'; issueId?: number; partnerId?: number },
  reader?: KpiReader,
): BacklogAction[] {
  let actions = listActions(ws, { status: q.status, partnerId: q.partnerId });
  if (q.issueId !== undefined) actions = actions.filter((a) => a.issueId === q.issueId);
  return toBacklog(ws, actions, reader);
}

export function backlogAction(ws: Workspace, id: number, reader?: KpiReader): BacklogAction {
  return toBacklog(ws, [getAction(ws, id)], reader)[0]!;
}

export interface NewImprovementAction {
  issueId: number;
  partnerId: number | null;
  kpiKey: string | null;
  title: string;
  owner: string;
  dueDate: string | null;
  successCriterion: string;
  targetValue: number | null;
  resources: string;
  contingency: string;
  horizon: Horizon | null;
}

/** Adds an action to an issue with its baseline frozen now (cohort issues name the partner). */
export function addImprovementAction(ws: Workspace, input: NewImprovementAction): BacklogAction {
  const reader = kpiReader(ws);
  const issue = getIssue(ws, input.issueId, reader);
  let partnerId = input.partnerId;
  if (issue.partner) {
    const own = (
      ws.sqlite
        .prepare('SELECT id FROM partners WHERE external_id = ?')
        .get(issue.partner.externalId) as {
        id: number;
      }
    ).id;
    if (partnerId !== null && partnerId !== own) {
      throw new AppError(
        'INVALID_ARGUMENT',
        `Issue ${issue.id} is about ${issue.subject}; its actions are agreed with that partner.`,
      );
    }
    partnerId = own;
  } else if (issue.cohort) {
    if (partnerId === null) {
      throw new AppError(
        'INVALID_ARGUMENT',
        `Issue ${issue.id} is about the cohort ${issue.subject}: name the partner the action is agreed with.`,
      );
    }
    const p = allPartners(ws).find((x) => x.id === partnerId);
    const segments = issue.cohort.segment ? latestSegments(reader) : new Map<number, string>();
    if (!p || !matchesCohort(p, issue.cohort, segments)) {
      throw new AppError(
        'INVALID_ARGUMENT',
        `That partner is not in the cohort ${issue.subject} of issue ${issue.id}.`,
      );
    }
  }
  const baseline = freezeBaseline(ws, partnerId!, input.kpiKey, reader);
  if (input.kpiKey)
    checkTarget(reader.info(input.kpiKey), baseline.baselineValue, input.targetValue);
  const action = addAction(ws, {
    partnerId: partnerId!,
    reviewId: null,
    periodKey: baseline.baselinePeriod,
    title: input.title,
    owner: input.owner,
    dueDate: input.dueDate,
    successCriterion: input.successCriterion,
    kpiKey: input.kpiKey,
    issueId: issue.id,
    ...baseline,
    targetValue: input.targetValue,
    resources: input.resources,
    contingency: input.contingency,
    horizon: input.horizon,
  });
  if (issue.status === 'open') {
    ownWrite(ws, () =>
      ws.sqlite
        .prepare(
          "UPDATE improvement_issues SET status = 'in_progress', updated_at = ? WHERE id = ?",
        )
        .run(new Date().toISOString(), issue.id),
    );
  }
  return backlogAction(ws, action.id, reader);
}

export function updateImprovementAction(
  ws: Workspace,
  id: number,
  patch: {
    title?: string;
    owner?: string;
    dueDate?: string | null;
    status?: ActionStatus;
    successCriterion?: string;
    targetValue?: number | null;
    resources?: string;
    contingency?: string;
    horizon?: Horizon | null;
    issueId?: number | null;
  },
): BacklogAction {
  if (patch.issueId !== undefined && patch.issueId !== null) getIssue(ws, patch.issueId);
  const before = getAction(ws, id);
  if (patch.targetValue !== undefined && before.kpiKey) {
    const reader = kpiReader(ws);
    let info: { name: string; direction: 'higher' | 'lower' } | null = null;
    try {
      info = reader.info(before.kpiKey);
    } catch {
      info = null;
    }
    checkTarget(info, before.baselineValue, patch.targetValue);
  }
  updateAction(ws, id, patch);
  return backlogAction(ws, id);
}
