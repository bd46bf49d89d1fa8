/** Performance issues: a partner or a cohort, evidence, root cause, impact, severity, status. */
import type {
  Cohort,
  Issue,
  IssueStatus,
  RootCause,
  Severity,
} from '../../../shared/api/improvement-results';
import { AppError } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';
import { allPartners, cohortLabel, latestSegments, matchesCohort } from './cohort';
import { kpiReader, type KpiReader } from './kpi-reader';

export interface IssueInput {
  partnerId: number | null;
  cohort: Cohort | null;
  title: string;
  foundOn: string;
  kpiKey: string | null;
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
  suggestionKey: string | null;
}

export type IssuePatch = Partial<Omit<IssueInput, 'partnerId' | 'cohort' | 'suggestionKey'>> & {
  status?: IssueStatus;
};

interface Row {
  id: number;
  partnerId: number | null;
  externalId: string | null;
  name: string | null;
  cohort: string | null;
  title: string;
  foundOn: string;
  kpiKey: string | null;
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
  total: number;
  open: number;
  done: number;
  overdue: number;
}

const SELECT = `
  SELECT i.id, i.partner_id AS partnerId, p.external_id AS externalId, p.name, i.cohort, i.title,
         i.found_on AS foundOn, i.kpi_key AS kpiKey, i.period_key AS periodKey, i.value,
         i.peer_value AS peerValue, i.target_value AS targetValue, i.evidence,
         i.root_cause AS rootCause, i.analysis, i.impact_revenue AS impactRevenue,
         i.impact_score AS impactScore, i.severity, i.status, i.suggestion_key AS suggestionKey,
         i.created_at AS createdAt, i.updated_at AS updatedAt,
         (SELECT count(*) FROM qbr_actions a WHERE a.issue_id = i.id) AS total,
         (SELECT count(*) FROM qbr_actions a WHERE a.issue_id = i.id AND a.status <> 'done') AS open,
         (SELECT count(*) FROM qbr_actions a WHERE a.issue_id = i.id AND a.status = 'done') AS done,
         (SELECT count(*) FROM qbr_actions a WHERE a.issue_id = i.id AND a.status <> 'done'
            AND a.due_date IS NOT NULL AND a.due_date < @today) AS overdue
    FROM improvement_issues i LEFT JOIN partners p ON p.id = i.partner_id`;

export const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Issue, action and dismissal rows are not scoring data: they do not move the data revision, so
 * no scored result is recomputed after them. One place to say so for every improvement write.
 */
export function ownWrite<T>(_ws: Workspace, work: () => T): T {
  return work();
}

function parseCohort(json: string | null): Cohort | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as Cohort;
  } catch {
    return null;
  }
}

function toIssues(ws: Workspace, rows: Row[], reader?: KpiReader): Issue[] {
  const cohorts = rows.map((r) => parseCohort(r.cohort));
  let members: (c: Cohort) => number = () => 0;
  if (cohorts.some((c) => c !== null)) {
    const partners = allPartners(ws);
    const needSegments = cohorts.some((c) => c?.segment !== undefined);
    const segments = needSegments
      ? latestSegments(reader ?? kpiReader(ws))
      : new Map<number, string>();
    members = (c) => partners.filter((p) => matchesCohort(p, c, segments)).length;
  }
  let names: KpiReader | null = reader ?? null;
  const kpiName = (key: string | null): string | null => {
    if (!key) return null;
    try {
      names ??= kpiReader(ws);
      return names.info(key).name;
    } catch {
      return key;
    }
  };
  return rows.map((r, i) => {
    const cohort = cohorts[i]!;
    return {
      id: r.id,
      partner: r.externalId ? { externalId: r.externalId, name: r.name ?? '' } : null,
      cohort,
      subject: cohort ? cohortLabel(cohort) : `${r.externalId} ${r.name ?? ''}`.trim(),
      title: r.title,
      foundOn: r.foundOn,
      kpiKey: r.kpiKey,
      kpiName: kpiName(r.kpiKey),
      periodKey: r.periodKey,
      value: r.value,
      peerValue: r.peerValue,
      targetValue: r.targetValue,
      evidence: r.evidence,
      rootCause: r.rootCause,
      analysis: r.analysis,
      impactRevenue: r.impactRevenue,
      impactScore: r.impactScore,
      severity: r.severity,
      status: r.status,
      suggestionKey: r.suggestionKey,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      partners: cohort ? members(cohort) : 1,
      actions: { total: r.total, open: r.open, done: r.done, overdue: r.overdue },
    };
  });
}

export function listIssues(
  ws: Workspace,
  q: { status: 'active' | 'all' | IssueStatus; partnerId?: number },
): Issue[] {
  const where: string[] = [];
  if (q.status === 'active') where.push("i.status IN ('open', 'in_progress')");
  else if (q.status !== 'all') where.push('i.status = @status');
  if (q.partnerId !== undefined) where.push('i.partner_id = @partnerId');
  const rows = ws.sqlite
    .prepare(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY CASE i.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END,
                coalesce(i.impact_score, 0) DESC, coalesce(i.impact_revenue, 0) DESC, i.id`,
    )
    .all({ today: todayIso(), status: q.status, partnerId: q.partnerId ?? null }) as Row[];
  return toIssues(ws, rows);
}

export function getIssue(ws: Workspace, id: number, reader?: KpiReader): Issue {
  const row = ws.sqlite.prepare(`${SELECT} WHERE i.id = @id`).get({ id, today: todayIso() }) as
    Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no issue ${id}.`, { id });
  return toIssues(ws, [row], reader)[0]!;
}

export function createIssue(ws: Workspace, input: IssueInput): Issue {
  const now = new Date().toISOString();
  if (input.suggestionKey) {
    const taken = ws.sqlite
      .prepare('SELECT id FROM improvement_issues WHERE suggestion_key = ?')
      .get(input.suggestionKey) as { id: number } | undefined;
    if (taken) {
      throw new AppError(
        'ALREADY_EXISTS',
        `This suggestion was already accepted as issue ${taken.id}.`,
        { id: taken.id },
      );
    }
  }
  const result = ownWrite(ws, () =>
    ws.sqlite
      .prepare(
        `INSERT INTO improvement_issues (partner_id, cohort, title, found_on, kpi_key, period_key,
           value, peer_value, target_value, evidence, root_cause, analysis, impact_revenue,
           impact_score, severity, status, suggestion_key, created_at, updated_at)
         VALUES (@partnerId, @cohort, @title, @foundOn, @kpiKey, @periodKey, @value, @peerValue,
           @targetValue, @evidence, @rootCause, @analysis, @impactRevenue, @impactScore, @severity,
           'open', @suggestionKey, @now, @now)`,
      )
      .run({ ...input, cohort: input.cohort ? JSON.stringify(input.cohort) : null, now }),
  );
  return getIssue(ws, Number(result.lastInsertRowid));
}

const COLUMNS: Record<keyof IssuePatch, string> = {
  title: 'title',
  foundOn: 'found_on',
  kpiKey: 'kpi_key',
  periodKey: 'period_key',
  value: 'value',
  peerValue: 'peer_value',
  targetValue: 'target_value',
  evidence: 'evidence',
  rootCause: 'root_cause',
  analysis: 'analysis',
  impactRevenue: 'impact_revenue',
  impactScore: 'impact_score',
  severity: 'severity',
  status: 'status',
};

export function updateIssue(ws: Workspace, id: number, patch: IssuePatch): Issue {
  getIssue(ws, id);
  const sets: string[] = [];
  const params: Record<string, unknown> = { id, now: new Date().toISOString() };
  for (const [key, column] of Object.entries(COLUMNS) as [keyof IssuePatch, string][]) {
    if (patch[key] === undefined) continue;
    sets.push(`${column} = @${key}`);
    params[key] = patch[key];
  }
  ownWrite(ws, () =>
    ws.sqlite
      .prepare(
        `UPDATE improvement_issues SET ${[...sets, 'updated_at = @now'].join(', ')} WHERE id = @id`,
      )
      .run(params),
  );
  return getIssue(ws, id);
}

export function deleteIssue(ws: Workspace, id: number): void {
  getIssue(ws, id);
  ownWrite(ws, () => ws.sqlite.prepare('DELETE FROM improvement_issues WHERE id = ?').run(id));
}
