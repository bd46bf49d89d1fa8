/** Improvement actions agreed with partners: owner, due date, status, success criterion. */
import { and, asc, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import type { ActionStatus, QbrAction } from '../../../shared/api/qbr-results';
import { AppError } from '../../../shared/errors';
import { partners, qbrActions } from '../workspace/schema';
import type { Workspace } from '../workspace/workspace';

export interface ActionQuery {
  status: 'open' | 'done' | 'all';
  partnerId?: number;
  owner?: string;
}

export interface NewAction {
  partnerId: number;
  reviewId: number | null;
  periodKey: string | null;
  title: string;
  owner: string;
  dueDate: string | null;
  successCriterion: string;
  kpiKey: string | null;
  issueId?: number | null;
  baselineValue?: number | null;
  baselinePeriod?: string | null;
  baselineDate?: string | null;
  targetValue?: number | null;
  resources?: string;
  contingency?: string;
  horizon?: 'quick_win' | 'mid_term' | null;
}

/** Plan fields of the improvement loop (never the baseline, which is frozen at creation). */
export interface ImprovementPatch {
  issueId?: number | null;
  targetValue?: number | null;
  resources?: string;
  contingency?: string;
  horizon?: 'quick_win' | 'mid_term' | null;
}

export interface ActionPatch extends ImprovementPatch {
  title?: string;
  owner?: string;
  dueDate?: string | null;
  status?: ActionStatus;
  successCriterion?: string;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const columns = {
  id: qbrActions.id,
  externalId: partners.externalId,
  name: partners.name,
  periodKey: qbrActions.periodKey,
  title: qbrActions.title,
  owner: qbrActions.owner,
  dueDate: qbrActions.dueDate,
  status: qbrActions.status,
  successCriterion: qbrActions.successCriterion,
  kpiKey: qbrActions.kpiKey,
  createdAt: qbrActions.createdAt,
  updatedAt: qbrActions.updatedAt,
  completedAt: qbrActions.completedAt,
  issueId: qbrActions.issueId,
  baselineValue: qbrActions.baselineValue,
  baselinePeriod: qbrActions.baselinePeriod,
  baselineDate: qbrActions.baselineDate,
  targetValue: qbrActions.targetValue,
  resources: qbrActions.resources,
  contingency: qbrActions.contingency,
  horizon: qbrActions.horizon,
};

interface Row {
  id: number;
  externalId: string;
  name: string;
  periodKey: string | null;
  title: string;
  owner: string;
  dueDate: string | null;
  status: string;
  successCriterion: string;
  kpiKey: string | null;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  issueId: number | null;
  baselineValue: number | null;
  baselinePeriod: string | null;
  baselineDate: string | null;
  targetValue: number | null;
  resources: string;
  contingency: string;
  horizon: 'quick_win' | 'mid_term' | null;
}

function toAction(r: Row, now: string): QbrAction {
  return {
    id: r.id,
    partner: { externalId: r.externalId, name: r.name },
    periodKey: r.periodKey,
    title: r.title,
    owner: r.owner,
    dueDate: r.dueDate,
    status: r.status as ActionStatus,
    successCriterion: r.successCriterion,
    kpiKey: r.kpiKey,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    completedAt: r.completedAt,
    overdue: r.status !== 'done' && r.dueDate !== null && r.dueDate < now,
    issueId: r.issueId,
    baselineValue: r.baselineValue,
    baselinePeriod: r.baselinePeriod,
    baselineDate: r.baselineDate,
    targetValue: r.targetValue,
    resources: r.resources,
    contingency: r.contingency,
    horizon: r.horizon,
  };
}

function select(ws: Workspace, where: SQL | undefined): QbrAction[] {
  const now = today();
  return ws.db
    .select(columns)
    .from(qbrActions)
    .innerJoin(partners, eq(partners.id, qbrActions.partnerId))
    .where(where)
    .orderBy(
      sql`${qbrActions.status} = 'done'`,
      sql`${qbrActions.dueDate} IS NULL`,
      asc(qbrActions.dueDate),
      asc(qbrActions.id),
    )
    .all()
    .map((r) => toAction(r, now));
}

export function listActions(ws: Workspace, q: ActionQuery): QbrAction[] {
  const filters: SQL[] = [];
  if (q.status === 'open') filters.push(ne(qbrActions.status, 'done'));
  if (q.status === 'done') filters.push(eq(qbrActions.status, 'done'));
  if (q.partnerId !== undefined) filters.push(eq(qbrActions.partnerId, q.partnerId));
  if (q.owner) filters.push(sql`lower(${qbrActions.owner}) LIKE ${`%${q.owner.toLowerCase()}%`}`);
  return select(ws, filters.length ? and(...filters) : undefined);
}

/** What a scorecard lists: the partner's actions still open, and those agreed in `periodKey`. */
export function scorecardActions(ws: Workspace, partnerId: number, periodKey: string): QbrAction[] {
  return select(
    ws,
    and(
      eq(qbrActions.partnerId, partnerId),
      or(ne(qbrActions.status, 'done'), eq(qbrActions.periodKey, periodKey)),
    ),
    // The improvement plan's internal notes (resources, contingency) never reach a scorecard.
  ).map((a) => ({ ...a, issueId: null, resources: '', contingency: '' }));
}

export function getAction(ws: Workspace, id: number): QbrAction {
  const [action] = select(ws, eq(qbrActions.id, id));
  if (!action) throw new AppError('NOT_FOUND', `There is no action ${id}.`);
  return action;
}

export function addAction(ws: Workspace, input: NewAction): QbrAction {
  const now = new Date().toISOString();
  const result = ws.db
    .insert(qbrActions)
    .values({ ...input, status: 'open', createdAt: now, updatedAt: now })
    .run();
  return getAction(ws, Number(result.lastInsertRowid));
}

export function updateAction(ws: Workspace, id: number, patch: ActionPatch): QbrAction {
  const before = getAction(ws, id);
  const now = new Date().toISOString();
  const completedAt =
    patch.status === undefined || patch.status === before.status
      ? undefined
      : patch.status === 'done'
        ? now
        : null;
  ws.db
    .update(qbrActions)
    .set({
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.owner !== undefined ? { owner: patch.owner } : {}),
      ...(patch.dueDate !== undefined ? { dueDate: patch.dueDate } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.successCriterion !== undefined ? { successCriterion: patch.successCriterion } : {}),
      ...(completedAt !== undefined ? { completedAt } : {}),
      ...(patch.issueId !== undefined ? { issueId: patch.issueId } : {}),
      ...(patch.targetValue !== undefined ? { targetValue: patch.targetValue } : {}),
      ...(patch.resources !== undefined ? { resources: patch.resources } : {}),
      ...(patch.contingency !== undefined ? { contingency: patch.contingency } : {}),
      ...(patch.horizon !== undefined ? { horizon: patch.horizon } : {}),
      updatedAt: now,
    })
    .where(eq(qbrActions.id, id))
    .run();
  return getAction(ws, id);
}

export function deleteAction(ws: Workspace, id: number): void {
  getAction(ws, id);
  ws.db.delete(qbrActions).where(eq(qbrActions.id, id)).run();
}
