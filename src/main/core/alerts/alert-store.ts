/** The alerts inbox in the workspace: add (never twice), list, count, mark done or open. */
import { and, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { AlertItem } from '../../../shared/api/alerts';
import { alerts, partners } from '../workspace/schema';
import type { Workspace } from '../workspace/workspace';
import type { AlertDraft } from './detect-alerts';

export function insertAlerts(ws: Workspace, drafts: readonly AlertDraft[]): number {
  if (drafts.length === 0) return 0;
  const createdAt = new Date().toISOString();
  return ws.sqlite.transaction(() => {
    let created = 0;
    for (const d of drafts) {
      created += ws.db
        .insert(alerts)
        .values({ ...d, createdAt })
        .onConflictDoNothing({ target: alerts.dedupeKey })
        .run().changes;
    }
    return created;
  })();
}

export type AlertStatus = 'open' | 'done' | 'all';

export function listAlerts(
  ws: Workspace,
  options: { status: AlertStatus; partnerId?: number; limit: number },
): AlertItem[] {
  const conditions: SQL[] = [];
  if (options.status === 'open') conditions.push(isNull(alerts.doneAt));
  if (options.status === 'done') conditions.push(isNotNull(alerts.doneAt));
  if (options.partnerId !== undefined) conditions.push(eq(alerts.partnerId, options.partnerId));
  return ws.db
    .select({
      id: alerts.id,
      kind: alerts.kind,
      code: alerts.code,
      severity: alerts.severity,
      title: alerts.title,
      message: alerts.message,
      partnerId: alerts.partnerId,
      externalId: partners.externalId,
      partnerName: partners.name,
      region: partners.region,
      manager: partners.accountManager,
      periodKey: alerts.periodKey,
      previousPeriodKey: alerts.previousPeriodKey,
      createdAt: alerts.createdAt,
      doneAt: alerts.doneAt,
    })
    .from(alerts)
    .leftJoin(partners, eq(partners.id, alerts.partnerId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(alerts.periodKey), desc(alerts.id))
    .limit(options.limit)
    .all();
}

export function alertCounts(ws: Workspace): { open: number; done: number; attention: number } {
  const row = ws.db
    .select({
      open: sql<number>`coalesce(sum(${alerts.doneAt} IS NULL), 0)`,
      attention: sql<number>`coalesce(sum(${alerts.doneAt} IS NULL AND ${alerts.severity} = 'high'), 0)`,
      done: sql<number>`coalesce(sum(${alerts.doneAt} IS NOT NULL), 0)`,
    })
    .from(alerts)
    .get();
  return { open: row?.open ?? 0, done: row?.done ?? 0, attention: row?.attention ?? 0 };
}

export function setAlertsDone(ws: Workspace, ids: readonly number[], done: boolean): number {
  const doneAt = done ? new Date().toISOString() : null;
  return ws.db
    .update(alerts)
    .set({ doneAt })
    .where(
      and(inArray(alerts.id, [...ids]), done ? isNull(alerts.doneAt) : isNotNull(alerts.doneAt)),
    )
    .run().changes;
}
