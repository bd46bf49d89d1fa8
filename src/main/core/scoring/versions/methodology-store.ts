/**
 * Methodologies and their versions in the workspace. At most one draft per methodology (the
 * next version number); a published version is never changed (checked here with a clear
 * message, and enforced by SQL triggers underneath). Every change is written to the audit log.
 */
import { and, asc, eq } from 'drizzle-orm';
import {
  methodologyDefinitionSchema,
  type MethodologyDefinition,
  type MethodologyDefinitionInput,
} from '../../../../shared/api/scoring-methodology';
import type {
  ChangelogEntry,
  MethodologyDetail,
  MethodologySummary,
  MethodologyVersionInfo,
} from '../../../../shared/api/scoring-results';
import { AppError } from '../../../../shared/errors';
import { methodologies, methodologyChanges, methodologyVersions } from '../../workspace/schema';
import type { Workspace } from '../../workspace/workspace';
import { appendAudit } from './audit';
import { definitionHash } from './canonical-json';
import { diffDefinitions } from './definition-diff';

export type MethodologyRow = typeof methodologies.$inferSelect;
export type VersionRow = typeof methodologyVersions.$inferSelect;

const now = () => new Date().toISOString();

export function definitionOf(row: VersionRow): MethodologyDefinition {
  return methodologyDefinitionSchema.parse(row.definition);
}

export function findMethodology(
  ws: Workspace,
  ref: { id?: number; name?: string },
): MethodologyRow {
  const row =
    ref.id !== undefined
      ? ws.db.select().from(methodologies).where(eq(methodologies.id, ref.id)).get()
      : ref.name !== undefined
        ? ws.db.select().from(methodologies).where(eq(methodologies.name, ref.name)).get()
        : undefined;
  if (!row) {
    const names = ws.db
      .select({ name: methodologies.name })
      .from(methodologies)
      .all()
      .map((r) => r.name);
    throw new AppError(
      'NOT_FOUND',
      `No methodology ${ref.id !== undefined ? `#${ref.id}` : `named "${ref.name}"`}${names.length ? `; there are: ${names.join(', ')}` : ''}.`,
    );
  }
  return row;
}

export function versionsOf(ws: Workspace, methodologyId: number): VersionRow[] {
  return ws.db
    .select()
    .from(methodologyVersions)
    .where(eq(methodologyVersions.methodologyId, methodologyId))
    .orderBy(asc(methodologyVersions.version))
    .all();
}

export function draftOf(versions: VersionRow[]): VersionRow | undefined {
  return versions.find((v) => v.status === 'draft');
}

export function latestPublished(versions: VersionRow[]): VersionRow | undefined {
  return versions.filter((v) => v.status === 'published').at(-1);
}

/** A version by number; without one, `prefer` decides between the draft and the newest published. */
export function pickVersion(
  versions: VersionRow[],
  version: number | undefined,
  prefer: 'draft' | 'published',
  name: string,
): VersionRow {
  const row =
    version !== undefined
      ? versions.find((v) => v.version === version)
      : prefer === 'draft'
        ? (draftOf(versions) ?? latestPublished(versions))
        : (latestPublished(versions) ?? draftOf(versions));
  if (!row) {
    throw new AppError('NOT_FOUND', `${name} has no version ${version ?? ''}`.trim() + '.', {
      versions: versions.map((v) => v.version),
    });
  }
  return row;
}

export function versionInfo(v: VersionRow, versions: VersionRow[]): MethodologyVersionInfo {
  return {
    id: v.id,
    methodologyId: v.methodologyId,
    version: v.version,
    status: v.status,
    note: v.note,
    definitionHash: v.definitionHash,
    basedOnVersion: versions.find((x) => x.id === v.basedOnVersionId)?.version ?? null,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    publishedAt: v.publishedAt,
  };
}

export function summaryOf(m: MethodologyRow, versions: VersionRow[]): MethodologySummary {
  return {
    id: m.id,
    name: m.name,
    description: m.description,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    publishedVersion: latestPublished(versions)?.version ?? null,
    draftVersion: draftOf(versions)?.version ?? null,
    versionCount: versions.length,
  };
}

export function listMethodologies(ws: Workspace): MethodologySummary[] {
  return ws.db
    .select()
    .from(methodologies)
    .orderBy(asc(methodologies.id))
    .all()
    .map((m) => summaryOf(m, versionsOf(ws, m.id)));
}

export function changelogOf(ws: Workspace, methodologyId: number): ChangelogEntry[] {
  return ws.db
    .select({
      version: methodologyChanges.version,
      summary: methodologyChanges.summary,
      changes: methodologyChanges.changes,
      author: methodologyChanges.author,
      createdAt: methodologyChanges.createdAt,
    })
    .from(methodologyChanges)
    .where(eq(methodologyChanges.methodologyId, methodologyId))
    .orderBy(asc(methodologyChanges.version))
    .all();
}

export function methodologyDetail(
  ws: Workspace,
  methodologyId: number,
  version?: number,
): MethodologyDetail {
  const m = findMethodology(ws, { id: methodologyId });
  const versions = versionsOf(ws, m.id);
  const v = pickVersion(versions, version, 'draft', m.name);
  return {
    methodology: summaryOf(m, versions),
    version: versionInfo(v, versions),
    definition: definitionOf(v),
    versions: versions.map((x) => versionInfo(x, versions)),
    changelog: changelogOf(ws, m.id),
  };
}

export function createMethodology(
  ws: Workspace,
  input: {
    name: string;
    description: string;
    definition: MethodologyDefinitionInput;
    note?: string;
  },
): number {
  const definition = methodologyDefinitionSchema.parse(input.definition);
  if (ws.db.select().from(methodologies).where(eq(methodologies.name, input.name)).get()) {
    throw new AppError('ALREADY_EXISTS', `A methodology named "${input.name}" already exists.`);
  }
  return ws.sqlite.transaction(() => {
    const at = now();
    const m = ws.db
      .insert(methodologies)
      .values({ name: input.name, description: input.description, createdAt: at, updatedAt: at })
      .returning({ id: methodologies.id })
      .get();
    const v = ws.db
      .insert(methodologyVersions)
      .values({
        methodologyId: m.id,
        version: 1,
        definition,
        definitionHash: definitionHash(definition),
        note: input.note ?? '',
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: methodologyVersions.id })
      .get();
    appendAudit(
      ws.db,
      {
        entity: 'methodology',
        entityId: m.id,
        action: 'methodology.create',
        summary: `Created methodology "${input.name}" with draft version 1`,
        details: { methodologyId: m.id, versionId: v.id, version: 1 },
      },
      at,
    );
    return m.id;
  })();
}

export function renameMethodology(
  ws: Workspace,
  methodologyId: number,
  change: { name?: string; description?: string },
) {
  const m = findMethodology(ws, { id: methodologyId });
  const set: Partial<MethodologyRow> = {};
  if (change.name !== undefined && change.name !== m.name) {
    const clash = ws.db
      .select()
      .from(methodologies)
      .where(eq(methodologies.name, change.name))
      .get();
    if (clash)
      throw new AppError('ALREADY_EXISTS', `A methodology named "${change.name}" already exists.`);
    set.name = change.name;
  }
  if (change.description !== undefined && change.description !== m.description)
    set.description = change.description;
  if (Object.keys(set).length === 0) return;
  const at = now();
  ws.db
    .update(methodologies)
    .set({ ...set, updatedAt: at })
    .where(eq(methodologies.id, m.id))
    .run();
  const what = [
    set.name !== undefined ? `renamed to "${set.name}"` : '',
    set.description !== undefined ? 'description changed' : '',
  ]
    .filter(Boolean)
    .join(', ');
  appendAudit(
    ws.db,
    {
      entity: 'methodology',
      entityId: m.id,
      action: 'methodology.update',
      summary: `Methodology "${m.name}" ${what}`,
      details: {
        methodologyId: m.id,
        before: { name: m.name, description: m.description },
        after: set,
      },
    },
    at,
  );
}

/** Saves the draft (creating it from the newest published version when there is none). */
export function saveDraft(
  ws: Workspace,
  methodologyId: number,
  input: MethodologyDefinitionInput | undefined,
  note?: string,
) {
  const m = findMethodology(ws, { id: methodologyId });
  ws.sqlite.transaction(() => {
    const versions = versionsOf(ws, m.id);
    const draft = draftOf(versions);
    const base = draft ?? latestPublished(versions);
    const previous = base ? definitionOf(base) : undefined;
    const definition = input ? methodologyDefinitionSchema.parse(input) : previous!;
    const changes = previous ? diffDefinitions(previous, definition) : [];
    const at = now();
    let versionId: number;
    let version: number;
    if (draft) {
      if (changes.length === 0 && (note === undefined || note === draft.note)) return;
      ws.db
        .update(methodologyVersions)
        .set({
          definition,
          definitionHash: definitionHash(definition),
          note: note ?? draft.note,
          updatedAt: at,
        })
        .where(and(eq(methodologyVersions.id, draft.id), eq(methodologyVersions.status, 'draft')))
        .run();
      versionId = draft.id;
      version = draft.version;
    } else {
      version = (versions.at(-1)?.version ?? 0) + 1;
      versionId = ws.db
        .insert(methodologyVersions)
        .values({
          methodologyId: m.id,
          version,
          definition,
          definitionHash: definitionHash(definition),
          note: note ?? '',
          basedOnVersionId: base?.id ?? null,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: methodologyVersions.id })
        .get().id;
    }
    ws.db.update(methodologies).set({ updatedAt: at }).where(eq(methodologies.id, m.id)).run();
    appendAudit(
      ws.db,
      {
        entity: 'methodology_version',
        entityId: versionId,
        action: draft ? 'draft.update' : 'draft.create',
        summary: `${draft ? 'Saved' : 'Started'} draft version ${version} of "${m.name}"${changes.length ? `: ${changes.length} change${changes.length === 1 ? '' : 's'}` : ''}`,
        details: { methodologyId: m.id, version, changes: changes.map((c) => c.text) },
      },
      at,
    );
  })();
}

export function discardDraft(ws: Workspace, methodologyId: number) {
  const m = findMethodology(ws, { id: methodologyId });
  const versions = versionsOf(ws, m.id);
  const draft = draftOf(versions);
  if (!draft) throw new AppError('NOT_FOUND', `"${m.name}" has no draft to discard.`);
  if (!latestPublished(versions)) {
    throw new AppError(
      'INVALID_DATA',
      `"${m.name}" has never been published; its only draft cannot be discarded.`,
    );
  }
  ws.sqlite.transaction(() => {
    ws.db
      .delete(methodologyVersions)
      .where(and(eq(methodologyVersions.id, draft.id), eq(methodologyVersions.status, 'draft')))
      .run();
    appendAudit(ws.db, {
      entity: 'methodology_version',
      entityId: draft.id,
      action: 'draft.discard',
      summary: `Discarded draft version ${draft.version} of "${m.name}"`,
      details: {
        methodologyId: m.id,
        version: draft.version,
        definitionHash: draft.definitionHash,
      },
    });
  })();
}
