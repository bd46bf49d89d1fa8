/**
 * Saved scenarios in the workspace: a unique name, a note, the baseline methodology and the
 * version it was saved against (null when that was the draft), the scenario's definition and
 * scope, and the methodology version it became once published. Saving one is not a data change:
 * it leaves the data revision (and so every scored cache) as it is.
 */
import { desc, eq } from 'drizzle-orm';
import type { ScenarioBaseline, ScenarioScope } from '../../../shared/api/scenarios';
import type { ScenarioDetail, ScenarioSummary } from '../../../shared/api/scenarios-results';
import {
  methodologyDefinitionSchema,
  type MethodologyDefinition,
} from '../../../shared/api/scoring-methodology';
import { AppError } from '../../../shared/errors';
import type { ScoringService } from '../scoring/service/scoring-service';
import { canonicalJson } from '../scoring/versions/canonical-json';
import { draftOf, findMethodology, versionsOf } from '../scoring/versions/methodology-store';
import { methodologies, scenarios } from '../workspace/schema';
import type { Workspace } from '../workspace/workspace';
import { resolveBaseline, scopeValues, type Baseline } from './baseline';
import { effectiveDefinition } from './effective-definition';

export type ScenarioRow = typeof scenarios.$inferSelect;

export interface ScenarioInputToSave {
  scenarioId?: number;
  name: string;
  note: string;
  baseline: ScenarioBaseline;
  definition: MethodologyDefinition;
  scope: ScenarioScope | null;
}

export function scenarioRow(ws: Workspace, scenarioId: number): ScenarioRow {
  const row = ws.db.select().from(scenarios).where(eq(scenarios.id, scenarioId)).get();
  if (!row) throw new AppError('NOT_FOUND', `No saved scenario #${scenarioId}.`);
  return row;
}

/**
 * The baseline a saved scenario compares with: the version it was saved against, or for one
 * saved against the draft, the methodology's draft now (its newest published version if the
 * draft has since been published or discarded).
 */
export function storedBaseline(ws: Workspace, row: ScenarioRow): ScenarioBaseline {
  if (row.baseVersion !== null)
    return { methodologyId: row.methodologyId, version: row.baseVersion };
  const draft = draftOf(versionsOf(ws, row.methodologyId));
  return draft
    ? { methodologyId: row.methodologyId, version: draft.version }
    : { methodologyId: row.methodologyId };
}

/** A saved scenario's baseline and the definition it scores with (see effectiveDefinition). */
export function savedScenario(
  ws: Workspace,
  service: ScoringService,
  row: ScenarioRow,
): { baseline: Baseline; effective: MethodologyDefinition } {
  const baseline = resolveBaseline(ws, service, storedBaseline(ws, row));
  const effective = effectiveDefinition(
    baseline.definition,
    scenarioDefinition(row),
    row.scope ?? null,
    scopeValues(service.load().dataset),
  );
  return { baseline, effective };
}

export function scenarioDefinition(row: ScenarioRow): MethodologyDefinition {
  return methodologyDefinitionSchema.parse(row.definition);
}

function summaryOf(ws: Workspace, row: ScenarioRow, methodologyName: string): ScenarioSummary {
  return {
    id: row.id,
    name: row.name,
    note: row.note,
    baseline: storedBaseline(ws, row),
    methodologyName,
    baseVersion: row.baseVersion,
    scope: row.scope ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedVersion: row.publishedVersion,
  };
}

export function listScenarios(ws: Workspace, methodologyId?: number): ScenarioSummary[] {
  const query = ws.db
    .select({ row: scenarios, methodologyName: methodologies.name })
    .from(scenarios)
    .innerJoin(methodologies, eq(methodologies.id, scenarios.methodologyId));
  const rows = (
    methodologyId === undefined ? query : query.where(eq(scenarios.methodologyId, methodologyId))
  )
    .orderBy(desc(scenarios.updatedAt), desc(scenarios.id))
    .all();
  return rows.map((r) => summaryOf(ws, r.row, r.methodologyName));
}

export function scenarioSummary(ws: Workspace, scenarioId: number): ScenarioSummary {
  const row = scenarioRow(ws, scenarioId);
  return summaryOf(ws, row, findMethodology(ws, { id: row.methodologyId }).name);
}

export function scenarioDetail(ws: Workspace, scenarioId: number): ScenarioDetail {
  const row = scenarioRow(ws, scenarioId);
  return {
    ...summaryOf(ws, row, findMethodology(ws, { id: row.methodologyId }).name),
    definition: scenarioDefinition(row),
  };
}

/**
 * Creates or overwrites a scenario after checking that its effective definition compiles
 * against the workspace. Changing what a published scenario scores clears its published version.
 */
export function saveScenario(
  ws: Workspace,
  service: ScoringService,
  input: ScenarioInputToSave,
): ScenarioDetail {
  const existing = input.scenarioId !== undefined ? scenarioRow(ws, input.scenarioId) : undefined;
  const clash = ws.db.select().from(scenarios).where(eq(scenarios.name, input.name)).get();
  if (clash && clash.id !== existing?.id) {
    throw new AppError('ALREADY_EXISTS', `A scenario named "${input.name}" already exists.`, {
      scenarioId: clash.id,
    });
  }
  const baseline = resolveBaseline(ws, service, input.baseline);
  const effective = effectiveDefinition(
    baseline.definition,
    input.definition,
    input.scope,
    scopeValues(service.load().dataset),
  );
  service.plan(effective); // refuses a scenario that does not compile against this workspace
  const baseVersion = baseline.ref.status === 'published' ? baseline.ref.version : null;
  const at = new Date().toISOString();
  const values = {
    name: input.name,
    note: input.note,
    methodologyId: baseline.ref.id,
    baseVersion,
    definition: input.definition,
    scope: input.scope,
    updatedAt: at,
  };
  const id = ((): number => {
    if (!existing) {
      return ws.db
        .insert(scenarios)
        .values({ ...values, createdAt: at })
        .returning({ id: scenarios.id })
        .get().id;
    }
    const same =
      canonicalJson([
        scenarioDefinition(existing),
        existing.scope ?? null,
        existing.methodologyId,
        existing.baseVersion,
      ]) === canonicalJson([input.definition, input.scope, baseline.ref.id, baseVersion]);
    ws.db
      .update(scenarios)
      .set({ ...values, publishedVersion: same ? existing.publishedVersion : null })
      .where(eq(scenarios.id, existing.id))
      .run();
    return existing.id;
  })();
  return scenarioDetail(ws, id);
}

export function deleteScenario(ws: Workspace, scenarioId: number): boolean {
  const result = ws.db.delete(scenarios).where(eq(scenarios.id, scenarioId)).run();
  return result.changes > 0;
}

export function markPublished(ws: Workspace, scenarioId: number, version: number) {
  ws.db
    .update(scenarios)
    .set({ publishedVersion: version, updatedAt: new Date().toISOString() })
    .where(eq(scenarios.id, scenarioId))
    .run();
}
