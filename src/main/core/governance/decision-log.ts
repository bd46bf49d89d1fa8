/**
 * The decision log of program changes: append-only (SQL triggers refuse updates and deletes).
 * Publications land here too: one made by approving a proposal is linked to it, any other
 * (the methodology editor, `scenarios publish`, scripts) is logged as a direct publication.
 */
import { desc, eq } from 'drizzle-orm';
import type { DecisionLogEntry, DecisionLogKind } from '../../../shared/api/governance';
import { methodologies, programChanges, programDecisionLog } from '../workspace/schema';
import type { Workspace } from '../workspace/workspace';
import type { WorkspaceDb } from '../workspace/workspace';

export interface DecisionInput {
  changeId: number | null;
  methodologyId: number | null;
  kind: DecisionLogKind;
  actor: string;
  summary: string;
  details?: Record<string, unknown>;
}

export function appendDecision(
  db: WorkspaceDb,
  entry: DecisionInput,
  at = new Date().toISOString(),
) {
  db.insert(programDecisionLog)
    .values({ ...entry, details: entry.details ?? null, at })
    .run();
}

/**
 * Called by the publish path inside its transaction: links the publication to the approved
 * proposal that asked for it, or logs it as published directly, without a proposal.
 */
export function recordPublication(
  db: WorkspaceDb,
  p: {
    methodologyId: number;
    methodologyName: string;
    versionId: number;
    version: number;
    summary: string;
    actor: string;
  },
  at: string,
) {
  const change = db
    .select({ id: programChanges.id, title: programChanges.title })
    .from(programChanges)
    .where(eq(programChanges.publishedVersionId, p.versionId))
    .get();
  appendDecision(
    db,
    {
      changeId: change?.id ?? null,
      methodologyId: p.methodologyId,
      kind: change ? 'published' : 'direct-publish',
      actor: p.actor,
      summary: change
        ? `Published version ${p.version} of "${p.methodologyName}" as approved in change #${change.id} (${change.title}): ${p.summary}`
        : `Published version ${p.version} of "${p.methodologyName}" directly, without a change proposal: ${p.summary}`,
      details: { versionId: p.versionId, version: p.version },
    },
    at,
  );
}

export function listDecisionLog(
  ws: Workspace,
  filter: { methodologyId?: number; changeId?: number; limit: number },
): DecisionLogEntry[] {
  const where =
    filter.changeId !== undefined
      ? eq(programDecisionLog.changeId, filter.changeId)
      : filter.methodologyId !== undefined
        ? eq(programDecisionLog.methodologyId, filter.methodologyId)
        : undefined;
  return ws.db
    .select({
      id: programDecisionLog.id,
      changeId: programDecisionLog.changeId,
      changeTitle: programChanges.title,
      methodologyId: programDecisionLog.methodologyId,
      methodologyName: methodologies.name,
      kind: programDecisionLog.kind,
      actor: programDecisionLog.actor,
      summary: programDecisionLog.summary,
      at: programDecisionLog.at,
    })
    .from(programDecisionLog)
    .leftJoin(programChanges, eq(programChanges.id, programDecisionLog.changeId))
    .leftJoin(methodologies, eq(methodologies.id, programDecisionLog.methodologyId))
    .where(where)
    .orderBy(desc(programDecisionLog.id))
    .limit(filter.limit)
    .all();
}
