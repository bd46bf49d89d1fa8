/** Disputes and corrections in the workspace's append-only audit log (audit_log). */
import type { WorkspaceDb } from '../workspace/workspace';
import { auditLog } from '../workspace/schema';

export function auditDisputes(
  db: WorkspaceDb,
  entry: {
    entity: 'dispute' | 'correction';
    entityId: number;
    action: string;
    summary: string;
    details: Record<string, unknown>;
  },
  at = new Date().toISOString(),
): void {
  db.insert(auditLog)
    .values({ ...entry, at })
    .run();
}
