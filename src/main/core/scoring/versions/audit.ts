/** The append-only audit log: what changed, when, with details (SQL triggers forbid edits). */
import { desc, sql } from 'drizzle-orm';
import type { AuditEntry } from '../../../../shared/api/scoring-results';
import { auditLog } from '../../workspace/schema';
import type { WorkspaceDb } from '../../workspace/workspace';

export interface AuditInput {
  entity: 'methodology' | 'methodology_version' | 'score_snapshot';
  entityId: number | null;
  action: string;
  summary: string;
  details: Record<string, unknown> & { methodologyId: number };
}

export function appendAudit(db: WorkspaceDb, entry: AuditInput, at = new Date().toISOString()) {
  db.insert(auditLog)
    .values({ ...entry, at })
    .run();
}

export function listAudit(
  db: WorkspaceDb,
  methodologyId: number | undefined,
  limit: number,
): AuditEntry[] {
  const query = db.select().from(auditLog);
  const rows = (
    methodologyId === undefined
      ? query
      : query.where(sql`json_extract(${auditLog.details}, '$.methodologyId') = ${methodologyId}`)
  )
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
  return rows.map((r) => ({ ...r, details: r.details ?? {} }));
}
