/**
 * Score snapshots: the scores of a version for one period stored with the exact input slice they
 * were computed from. Verification decodes the slice, rescores it with the stored version and
 * compares column by column, so a published score can be reproduced after the data changed.
 */
import { desc, eq, sql } from 'drizzle-orm';
import {
  methodologyDefinitionSchema,
  type MethodologyDefinition,
} from '../../../../shared/api/scoring-methodology';
import type { SnapshotInfo, SnapshotVerification } from '../../../../shared/api/scoring-results';
import { AppError } from '../../../../shared/errors';
import { methodologies, methodologyVersions, scoreSnapshots } from '../../workspace/schema';
import type { Workspace } from '../../workspace/workspace';
import { compileMethodology, knownMeasures } from '../compile-methodology';
import type { ScoringDataset } from '../dataset';
import { scorePeriod } from '../score-period';
import type { ScoringService } from '../service/scoring-service';
import { appendAudit } from './audit';
import { resultColumns } from './result-columns';
import {
  ENGINE_VERSION,
  decodeColumns,
  decodeSlice,
  encodeColumns,
  encodePartners,
  hashColumns,
  sliceColumns,
  type NumericColumns,
  type SliceMeta,
} from './snapshot-codec';
import { sliceForPeriod } from './snapshot-slice';

export interface SnapshotPayload {
  periodKey: string;
  partnerCount: number;
  inputMeta: SliceMeta;
  inputPartners: Buffer;
  inputValues: Buffer;
  inputHash: string;
  results: Buffer;
  resultsHash: string;
}

/** Scores `definition` for period `t` from its own input slice. */
export function buildSnapshot(
  service: ScoringService,
  definition: MethodologyDefinition,
  t: number,
): SnapshotPayload {
  const { dataset } = service.load();
  const plan = service.plan(definition);
  const slice = sliceForPeriod(plan, dataset, t);
  const meta: SliceMeta = {
    engineVersion: ENGINE_VERSION,
    grain: slice.dataset.grain,
    periods: slice.dataset.periods,
    measures: slice.dataset.measures,
    targetMeasures: slice.dataset.targetMeasures,
    t: slice.t,
  };
  const inputPartners = Buffer.from(encodePartners(slice.dataset.partners));
  const values = sliceColumns(slice.dataset);
  const results = scoreSlice(definition, slice.dataset, slice.t);
  return {
    periodKey: dataset.periods[t]!.key,
    partnerCount: results.partner_id!.length,
    inputMeta: meta,
    inputPartners,
    inputValues: Buffer.from(encodeColumns(values)),
    inputHash: hashColumns(values, JSON.stringify(meta) + inputPartners.toString('base64')),
    results: Buffer.from(encodeColumns(results)),
    resultsHash: hashColumns(results),
  };
}

function scoreSlice(
  definition: MethodologyDefinition,
  ds: ScoringDataset,
  t: number,
): NumericColumns {
  const plan = compileMethodology(definition, knownMeasures(ds.measures.map((m) => m.key)));
  return resultColumns(plan, ds, scorePeriod(plan, ds, t));
}

export function insertSnapshot(
  ws: Workspace,
  payload: SnapshotPayload,
  ids: { methodologyId: number; versionId: number; version: number },
  reason: string,
): number {
  const createdAt = new Date().toISOString();
  const row = ws.db
    .insert(scoreSnapshots)
    .values({
      methodologyId: ids.methodologyId,
      versionId: ids.versionId,
      periodKey: payload.periodKey,
      reason,
      engineVersion: payload.inputMeta.engineVersion,
      partnerCount: payload.partnerCount,
      inputMeta: payload.inputMeta,
      inputPartners: payload.inputPartners,
      inputValues: payload.inputValues,
      inputHash: payload.inputHash,
      results: payload.results,
      resultsHash: payload.resultsHash,
      createdAt,
    })
    .returning({ id: scoreSnapshots.id })
    .get();
  appendAudit(
    ws.db,
    {
      entity: 'score_snapshot',
      entityId: row.id,
      action: 'snapshot.create',
      summary: `Snapshot of version ${ids.version} for ${payload.periodKey} (${payload.partnerCount} partners, ${reason})`,
      details: {
        methodologyId: ids.methodologyId,
        version: ids.version,
        period: payload.periodKey,
        resultsHash: payload.resultsHash,
      },
    },
    createdAt,
  );
  return row.id;
}

const infoColumns = {
  id: scoreSnapshots.id,
  methodologyId: scoreSnapshots.methodologyId,
  methodologyName: methodologies.name,
  version: methodologyVersions.version,
  periodKey: scoreSnapshots.periodKey,
  periodLabel: sql<string>`coalesce((SELECT label FROM periods WHERE key = ${scoreSnapshots.periodKey}), ${scoreSnapshots.periodKey})`,
  reason: scoreSnapshots.reason,
  partnerCount: scoreSnapshots.partnerCount,
  inputHash: scoreSnapshots.inputHash,
  resultsHash: scoreSnapshots.resultsHash,
  createdAt: scoreSnapshots.createdAt,
};

export function listSnapshots(ws: Workspace, methodologyId?: number): SnapshotInfo[] {
  const query = ws.db
    .select(infoColumns)
    .from(scoreSnapshots)
    .innerJoin(methodologies, eq(methodologies.id, scoreSnapshots.methodologyId))
    .innerJoin(methodologyVersions, eq(methodologyVersions.id, scoreSnapshots.versionId));
  return (
    methodologyId === undefined
      ? query
      : query.where(eq(scoreSnapshots.methodologyId, methodologyId))
  )
    .orderBy(desc(scoreSnapshots.id))
    .all();
}

export function verifySnapshot(ws: Workspace, snapshotId: number): SnapshotVerification {
  const row = ws.db
    .select({
      ...infoColumns,
      snapshot: scoreSnapshots,
      definition: methodologyVersions.definition,
    })
    .from(scoreSnapshots)
    .innerJoin(methodologies, eq(methodologies.id, scoreSnapshots.methodologyId))
    .innerJoin(methodologyVersions, eq(methodologyVersions.id, scoreSnapshots.versionId))
    .where(eq(scoreSnapshots.id, snapshotId))
    .get();
  if (!row) throw new AppError('NOT_FOUND', `There is no snapshot ${snapshotId}.`);
  const { snapshot, definition, ...info } = row;
  const meta = snapshot.inputMeta as SliceMeta;
  const ds = decodeSlice(meta, snapshot.inputPartners, snapshot.inputValues);
  const recomputed = scoreSlice(methodologyDefinitionSchema.parse(definition), ds, meta.t);
  const stored = decodeColumns(snapshot.results);
  const recomputedHash = hashColumns(recomputed);
  const comparison = compareColumns(stored, recomputed);
  return {
    snapshot: info,
    identical: recomputedHash === snapshot.resultsHash && comparison.mismatches === 0,
    recomputedHash,
    rowsCompared: stored.partner_id?.length ?? 0,
    ...comparison,
  };
}

function compareColumns(stored: NumericColumns, recomputed: NumericColumns) {
  let mismatches = 0;
  let firstMismatch: SnapshotVerification['firstMismatch'];
  const ids = stored.partner_id ?? new Int32Array(0);
  for (const key of new Set([...Object.keys(stored), ...Object.keys(recomputed)])) {
    const a = stored[key];
    const b = recomputed[key];
    const length = Math.max(a?.length ?? 0, b?.length ?? 0);
    for (let i = 0; i < length; i++) {
      const x = a?.[i];
      const y = b?.[i];
      if (x === y || (Number.isNaN(x) && Number.isNaN(y))) continue;
      mismatches++;
      const show = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v);
      firstMismatch ??= {
        partnerId: ids[i] ?? -1,
        column: key,
        stored: show(x),
        recomputed: show(y),
      };
    }
  }
  return firstMismatch ? { mismatches, firstMismatch } : { mismatches };
}
