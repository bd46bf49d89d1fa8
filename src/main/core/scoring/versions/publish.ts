/**
 * Publishing a draft: the methodology must compile against the workspace; then, in one
 * transaction, the version becomes published (immutable from then on), a changelog entry lists
 * what changed since the previous published version, and a score snapshot for the period is
 * stored with its input.
 */
import { userInfo } from 'node:os';
import { and, eq } from 'drizzle-orm';
import type { ChangelogEntry, PublishResult } from '../../../../shared/api/scoring-results';
import { AppError } from '../../../../shared/errors';
import { methodologies, methodologyChanges, methodologyVersions } from '../../workspace/schema';
import type { Workspace } from '../../workspace/workspace';
import type { ScoringService } from '../service/scoring-service';
import { recordPublication } from '../../governance/decision-log';
import { appendAudit } from './audit';
import { diffDefinitions } from './definition-diff';
import {
  definitionOf,
  draftOf,
  findMethodology,
  latestPublished,
  methodologyDetail,
  versionsOf,
} from './methodology-store';
import { buildSnapshot, insertSnapshot, listSnapshots } from './snapshots';

function author(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

export function publishDraft(
  ws: Workspace,
  service: ScoringService,
  methodologyId: number,
  summary: string,
  periodKey: string | undefined,
): { changelog: ChangelogEntry; snapshotId: number | null } {
  const m = findMethodology(ws, { id: methodologyId });
  const versions = versionsOf(ws, m.id);
  const draft = draftOf(versions);
  if (!draft) throw new AppError('NOT_FOUND', `"${m.name}" has no draft to publish.`);
  const definition = definitionOf(draft);
  service.plan(definition); // refuses a methodology that does not compile against this workspace
  const previous = latestPublished(versions);
  const changes = previous
    ? diffDefinitions(definitionOf(previous), definition).map((c) => c.text)
    : ['First published version'];
  const { dataset } = service.load();
  const snapshot =
    dataset.periods.length > 0
      ? buildSnapshot(service, definition, service.periodIndex(periodKey))
      : null;
  const at = new Date().toISOString();
  const changelog: ChangelogEntry = {
    version: draft.version,
    summary,
    changes,
    author: author(),
    createdAt: at,
  };
  const snapshotId = ws.sqlite.transaction(() => {
    ws.db
      .update(methodologyVersions)
      .set({ status: 'published', publishedAt: at, updatedAt: at })
      .where(and(eq(methodologyVersions.id, draft.id), eq(methodologyVersions.status, 'draft')))
      .run();
    ws.db.update(methodologies).set({ updatedAt: at }).where(eq(methodologies.id, m.id)).run();
    ws.db
      .insert(methodologyChanges)
      .values({ methodologyId: m.id, versionId: draft.id, ...changelog })
      .run();
    appendAudit(
      ws.db,
      {
        entity: 'methodology_version',
        entityId: draft.id,
        action: 'version.publish',
        summary: `Published version ${draft.version} of "${m.name}": ${summary}`,
        details: {
          methodologyId: m.id,
          version: draft.version,
          definitionHash: draft.definitionHash,
          changes,
        },
      },
      at,
    );
    // The program-change decision log: linked to an approved proposal, or a direct publication.
    recordPublication(
      ws.db,
      {
        methodologyId: m.id,
        methodologyName: m.name,
        versionId: draft.id,
        version: draft.version,
        summary,
        actor: changelog.author,
      },
      at,
    );
    return snapshot
      ? insertSnapshot(
          ws,
          snapshot,
          { methodologyId: m.id, versionId: draft.id, version: draft.version },
          'publish',
        )
      : null;
  })();
  return { changelog, snapshotId };
}

/** Publishes the draft and answers as the API does: the methodology, its changelog, the snapshot. */
export function publishDraftResult(
  ws: Workspace,
  service: ScoringService,
  methodologyId: number,
  summary: string,
  periodKey: string | undefined,
): PublishResult {
  const { changelog, snapshotId } = publishDraft(ws, service, methodologyId, summary, periodKey);
  return {
    detail: methodologyDetail(ws, methodologyId),
    changelog,
    snapshot:
      snapshotId === null
        ? null
        : (listSnapshots(ws, methodologyId).find((s) => s.id === snapshotId) ?? null),
  };
}
