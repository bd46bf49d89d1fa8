/**
 * Undo: removes exactly what one import wrote and puts back what it replaced, in one
 * transaction. Imports can be undone in any order. When a later import has since replaced a
 * value this import wrote, that later import's record of "what was there before" is rewritten
 * to what was there before THIS import, so undoing the later one later stays exact.
 */
import type Database from 'better-sqlite3';
import type { UndoSummary } from '../../../../shared/api/import';
import { AppError } from '../../../../shared/errors';
import type { Workspace } from '../../workspace/workspace';
import { isCommitting } from './commit';
import { bumpDataRevision } from '../../workspace/data-revision';

const TABLES = { value: 'measure_values', target: 'targets' } as const;

function undoCells(db: Database.Database, id: number, target: 'value' | 'target') {
  const table = TABLES[target];
  const cell =
    'partner_id = s.partner_id AND period_id = s.period_id AND measure_id = s.measure_id';
  // 1. Later imports that replaced this import's values now remember what came before it.
  db.prepare(
    `UPDATE import_superseded AS s SET
       value = (SELECT o.value FROM import_superseded o WHERE o.import_id = :id AND o.target = :target
                AND o.partner_id = s.partner_id AND o.period_id = s.period_id AND o.measure_id = s.measure_id),
       previous_import_id = (SELECT o.previous_import_id FROM import_superseded o WHERE o.import_id = :id AND o.target = :target
                AND o.partner_id = s.partner_id AND o.period_id = s.period_id AND o.measure_id = s.measure_id)
     WHERE s.previous_import_id = :id AND s.target = :target AND EXISTS (
       SELECT 1 FROM import_superseded o WHERE o.import_id = :id AND o.target = :target
       AND o.partner_id = s.partner_id AND o.period_id = s.period_id AND o.measure_id = s.measure_id)`,
  ).run({ id, target });
  db.prepare(
    `DELETE FROM import_superseded WHERE previous_import_id = :id AND target = :target`,
  ).run({ id, target });
  // 2. Remove the values this import still owns, 3. put back what they replaced.
  const removed = db.prepare(`DELETE FROM ${table} WHERE import_id = ?`).run(id).changes;
  const restored = db
    .prepare(
      `INSERT INTO ${table} (partner_id, period_id, measure_id, value, import_id)
       SELECT s.partner_id, s.period_id, s.measure_id, s.value, s.previous_import_id FROM import_superseded s
       WHERE s.import_id = :id AND s.target = :target
         AND NOT EXISTS (SELECT 1 FROM ${table} WHERE ${cell})`,
    )
    .run({ id, target }).changes;
  db.prepare('DELETE FROM import_superseded WHERE import_id = ? AND target = ?').run(id, target);
  return { removed, restored };
}

const COLUMNS = {
  partners: [
    'external_id',
    'name',
    'type',
    'tier',
    'region',
    'country',
    'parent_id',
    'account_manager',
    'status',
    'onboarded_on',
    'attributes',
    'import_id',
  ],
  deal_registrations: [
    'partner_id',
    'reference',
    'registered_on',
    'closed_on',
    'status',
    'value',
    'import_id',
  ],
} as const;

/** Rows updated in place (partners, deal registrations): the same splice, then restore or delete. */
function undoRows(db: Database.Database, id: number, table: 'partners' | 'deal_registrations') {
  db.prepare(
    `UPDATE import_superseded_rows AS s SET previous = (SELECT o.previous FROM import_superseded_rows o
       WHERE o.import_id = :id AND o.table_name = :table AND o.row_id = s.row_id)
     WHERE s.table_name = :table AND s.import_id <> :id AND json_extract(s.previous, '$.import_id') = :id
       AND EXISTS (SELECT 1 FROM import_superseded_rows o WHERE o.import_id = :id AND o.table_name = :table AND o.row_id = s.row_id)`,
  ).run({ id, table });
  db.prepare(
    `DELETE FROM import_superseded_rows WHERE table_name = :table AND import_id <> :id
       AND json_extract(previous, '$.import_id') = :id`,
  ).run({ id, table });
  const columns = COLUMNS[table];
  const restore = db.prepare(
    `UPDATE ${table} SET ${columns.map((c) => `${c} = json_extract(:previous, '$.${c}')`).join(', ')}
     WHERE id = :rowId AND import_id = :id`,
  );
  const saved = db
    .prepare(
      `SELECT row_id AS rowId, previous FROM import_superseded_rows WHERE import_id = ? AND table_name = ?`,
    )
    .all(id, table) as { rowId: number; previous: string }[];
  let restored = 0;
  for (const s of saved)
    restored += restore.run({ previous: s.previous, rowId: s.rowId, id }).changes;
  const savedIds = new Set(saved.map((s) => s.rowId));
  const owned = db.prepare(`SELECT id FROM ${table} WHERE import_id = ?`).all(id) as {
    id: number;
  }[];
  const del = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  let removed = 0;
  for (const row of owned) if (!savedIds.has(row.id)) removed += del.run(row.id).changes;
  db.prepare('DELETE FROM import_superseded_rows WHERE import_id = ? AND table_name = ?').run(
    id,
    table,
  );
  return { removed, restored };
}

/** Partners this import created that other imports' data still uses: undo those first. */
function assertPartnersUnused(db: Database.Database, id: number) {
  const users = db
    .prepare(
      `WITH mine AS (
         SELECT p.id FROM partners p WHERE p.import_id = :id AND NOT EXISTS (
           SELECT 1 FROM import_superseded_rows s WHERE s.import_id = :id AND s.table_name = 'partners' AND s.row_id = p.id))
       SELECT DISTINCT import_id AS importId FROM (
         SELECT import_id FROM measure_values WHERE partner_id IN (SELECT id FROM mine)
         UNION ALL SELECT import_id FROM targets WHERE partner_id IN (SELECT id FROM mine)
         UNION ALL SELECT import_id FROM deal_registrations WHERE partner_id IN (SELECT id FROM mine)
         UNION ALL SELECT import_id FROM value_lineage WHERE partner_id IN (SELECT id FROM mine)
       ) WHERE import_id <> :id ORDER BY 1`,
    )
    .all({ id }) as { importId: number }[];
  if (users.length > 0) {
    const list = users.map((u) => `#${u.importId}`).join(', ');
    throw new AppError(
      'INVALID_DATA',
      `Import #${id} created partners that import ${list} still use${users.length === 1 ? 's' : ''}; undo ${list} first.`,
      { dependents: users.map((u) => u.importId) },
    );
  }
}

export function undoImport(ws: Workspace, id: number): UndoSummary {
  if (isCommitting(ws)) {
    throw new AppError(
      'INVALID_DATA',
      'An import is being written to this workspace; wait for it to finish.',
    );
  }
  const db = ws.sqlite;
  const row = db.prepare('SELECT status FROM imports WHERE id = ?').get(id) as
    { status: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no import #${id}.`);
  if (row.status !== 'committed') {
    throw new AppError(
      'INVALID_DATA',
      `Import #${id} is ${row.status}; only a committed import can be undone.`,
    );
  }
  const run = db.transaction((): UndoSummary => {
    assertPartnersUnused(db, id);
    bumpDataRevision(db);
    const values = undoCells(db, id, 'value');
    const targets = undoCells(db, id, 'target');
    db.prepare('DELETE FROM value_lineage WHERE import_id = ?').run(id);
    const deals = undoRows(db, id, 'deal_registrations');
    const partners = undoRows(db, id, 'partners');
    db.prepare(
      "UPDATE imports SET status = 'undone', note = trim(coalesce(note, '') || ' undone ' || ?) WHERE id = ?",
    ).run(new Date().toISOString(), id);
    return {
      importId: id,
      valuesRemoved: values.removed,
      valuesRestored: values.restored,
      targetsRemoved: targets.removed,
      targetsRestored: targets.restored,
      dealRegistrationsRemoved: deals.removed,
      partnersRemoved: partners.removed,
      partnersRestored: partners.restored,
    };
  });
  return run.immediate();
}
