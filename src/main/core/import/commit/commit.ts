/**
 * Writes a commit plan in ONE SQLite transaction on a connection of its own (the workspace's
 * write job), so the app's other saves never join it and readers see the last committed state
 * until it commits. The work is done in chunks with a yield to the event loop between them, so
 * progress events leave the process and a cancel request can arrive; cancelling (or any error, or
 * the process dying) rolls back the import and nothing else — SQLite's journal guarantees that a
 * transaction never half-applies.
 */
import { createHash } from 'node:crypto';
import type { ImportSummary } from '../../../../shared/api/import';
import { AppError } from '../../../../shared/errors';
import { ensurePeriods } from '../../workspace/periods';
import { ensureMeasures } from '../../workspace/standard-measures';
import type { Workspace, WriterConnection } from '../../workspace/workspace';
import { anotherWriterError, isSqliteBusy } from '../../workspace/busy';
import type { CommitPlan } from '../analyse/plan';
import type { CancelToken } from '../analyse/read-files';
import { dealWriter } from './write-deals';
import { writePartners } from './write-partners';
import { valueWriter } from './write-values';
import { bumpDataRevision } from '../../workspace/data-revision';

export interface CommitProgress {
  label: string;
  done: number;
  total: number;
}

const CHUNK = 2000;
const writing = new WeakSet<Workspace>();

/** True while a commit holds the workspace's write transaction open. */
export function isCommitting(ws: Workspace): boolean {
  return writing.has(ws);
}

function importKind(plan: CommitPlan): string {
  return [...new Set(plan.files.filter((f) => f.kind !== 'lookup').map((f) => f.kind))].join('+');
}

function importHash(plan: CommitPlan): string {
  const hashes = plan.files.map((f) => f.contentHash);
  if (hashes.length === 1) return hashes[0]!;
  return createHash('sha256').update(hashes.join('\n')).digest('hex');
}

export async function commitPlan(
  ws: Workspace,
  plan: CommitPlan,
  cancel: CancelToken,
  onProgress: (p: CommitProgress) => void,
): Promise<ImportSummary> {
  if (writing.has(ws)) {
    throw new AppError(
      'BUSY',
      'Another import is being written to this workspace; wait for it to finish.',
    );
  }
  writing.add(ws);
  try {
    return await ws.runWriteJob((writer) => writePlan(writer, plan, cancel, onProgress));
  } finally {
    writing.delete(ws);
  }
}

/** SQLite's "database is locked" while another process holds the write transaction. */
function beginWrite(db: WriterConnection['sqlite']) {
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    if (isSqliteBusy(error)) throw anotherWriterError();
    throw error;
  }
}

async function writePlan(
  writer: WriterConnection,
  plan: CommitPlan,
  cancel: CancelToken,
  onProgress: (p: CommitProgress) => void,
): Promise<ImportSummary> {
  const started = performance.now();
  const db = writer.sqlite;
  try {
    beginWrite(db);
    const now = new Date().toISOString();
    const importId = Number(
      db
        .prepare(
          `INSERT INTO imports (kind, file_name, content_hash, rows_read, rows_accepted, rows_rejected, mapping, status, started_at, note)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'committed', ?, ?)`,
        )
        .run(
          importKind(plan),
          plan.files
            .filter((f) => f.kind !== 'lookup')
            .map((f) => f.fileName)
            .join(', '),
          importHash(plan),
          plan.rowsRead,
          plan.rowsAccepted,
          plan.rowsRejected,
          JSON.stringify(plan.mapping),
          now,
          plan.note || null,
        ).lastInsertRowid,
    );
    const insertFile = db.prepare(
      `INSERT INTO import_files (import_id, position, file_name, content_hash, bytes, kind, rows_read, rows_accepted, rows_rejected)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const fileIds = plan.files.map((f, i) =>
      Number(
        insertFile.run(
          importId,
          i,
          f.fileName,
          f.contentHash,
          f.bytes,
          f.kind,
          f.rowsRead,
          f.rowsAccepted,
          f.rowsRejected,
        ).lastInsertRowid,
      ),
    );
    const partners = writePartners(db, importId, plan);
    const partnerIds = plan.partnerKeys.map((k) => {
      const id = partners.ids.get(k);
      if (id === undefined) {
        throw new AppError(
          'INVALID_DATA',
          `Partner ${k} is no longer in the workspace; analyse the files again.`,
        );
      }
      return id;
    });
    const measureIds = ensureMeasures(writer.db, plan.measures);
    const periodIds = ensurePeriods(writer.db, plan.periods);
    const values = valueWriter(db, importId, partnerIds, periodIds, measureIds, fileIds);
    // In primary-key order the B-tree grows at its end instead of splitting pages everywhere.
    const keyOf = (v: (typeof plan.values)[number]) =>
      (partnerIds[v.partner]! * 65536 + periodIds.get(v.period)!) * 4096 +
      measureIds.get(v.measure)!;
    const keys = new Float64Array(plan.values.length);
    plan.values.forEach((v, i) => (keys[i] = keyOf(v)));
    const order = Array.from(plan.values.keys()).sort((a, b) => keys[a]! - keys[b]!);
    const ordered = order.map((i) => plan.values[i]!);

    const deals = dealWriter(db, importId, partnerIds);
    const total = plan.values.length + plan.deals.length;
    let done = 0;
    let lastYield = performance.now();
    const step = async (label: string) => {
      onProgress({ label, done, total });
      if (performance.now() - lastYield > 40) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        lastYield = performance.now();
      }
      if (cancel.cancelled)
        throw new AppError('CANCELLED', 'The import was cancelled; nothing was written.');
    };
    for (let i = 0; i < ordered.length; i += CHUNK) {
      const to = Math.min(ordered.length, i + CHUNK);
      values.write(ordered, i, to);
      done += to - i;
      await step('Writing values');
    }
    for (let i = 0; i < plan.deals.length; i += CHUNK) {
      const to = Math.min(plan.deals.length, i + CHUNK);
      deals.write(plan.deals, i, to);
      done += to - i;
      await step('Writing deal registrations');
    }
    await step('Finishing');
    db.prepare('UPDATE imports SET finished_at = ? WHERE id = ?').run(
      new Date().toISOString(),
      importId,
    );
    bumpDataRevision(db);
    db.exec('COMMIT');
    return {
      importId,
      fileNames: plan.files.filter((f) => f.kind !== 'lookup').map((f) => f.fileName),
      rowsRead: plan.rowsRead,
      rowsAccepted: plan.rowsAccepted,
      rowsRejected: plan.rowsRejected,
      partnersCreated: partners.created,
      partnersUpdated: partners.updated,
      valuesWritten: values.written.value,
      valuesReplaced: values.replaced.value,
      targetsWritten: values.written.target,
      dealRegistrations: deals.written,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
