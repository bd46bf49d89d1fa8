/** Where one stored number came from: its import, the files, rule and rows, and what it replaced. */
import type { ValueLineage } from '../../../shared/api/import';
import { AppError } from '../../../shared/errors';
import type { Workspace } from '../workspace/workspace';

export function explainValue(
  ws: Workspace,
  partner: string,
  period: string,
  measure: string,
  target: 'value' | 'target',
): ValueLineage {
  const db = ws.sqlite;
  const ids = db
    .prepare(
      `SELECT (SELECT id FROM partners WHERE external_id = ?) AS partnerId,
              (SELECT id FROM periods WHERE key = ?) AS periodId,
              (SELECT id FROM measures WHERE key = ?) AS measureId`,
    )
    .get(partner, period, measure) as {
    partnerId: number | null;
    periodId: number | null;
    measureId: number | null;
  };
  if (ids.partnerId === null) throw new AppError('NOT_FOUND', `No partner with id ${partner}.`);
  if (ids.periodId === null) throw new AppError('NOT_FOUND', `No period ${period}.`);
  if (ids.measureId === null) throw new AppError('NOT_FOUND', `No measure ${measure}.`);
  const table = target === 'value' ? 'measure_values' : 'targets';
  const current = db
    .prepare(
      `SELECT value, import_id AS importId FROM ${table} WHERE partner_id = ? AND period_id = ? AND measure_id = ?`,
    )
    .get(ids.partnerId, ids.periodId, ids.measureId) as
    { value: number; importId: number } | undefined;
  const sources = current
    ? (db
        .prepare(
          `SELECT l.import_id AS importId, f.file_name AS fileName, l.rule, l.row_count AS rowCount, l.rows
           FROM value_lineage l JOIN import_files f ON f.id = l.file_id
           WHERE l.import_id = ? AND l.target = ? AND l.partner_id = ? AND l.period_id = ? AND l.measure_id = ?
           ORDER BY f.position`,
        )
        .all(
          current.importId,
          target,
          ids.partnerId,
          ids.periodId,
          ids.measureId,
        ) as ValueLineage['sources'])
    : [];
  const replaced = db
    .prepare(
      `SELECT previous_import_id AS importId, value FROM import_superseded
       WHERE target = ? AND partner_id = ? AND period_id = ? AND measure_id = ? ORDER BY import_id DESC`,
    )
    .all(target, ids.partnerId, ids.periodId, ids.measureId) as ValueLineage['replaced'];
  return {
    partner,
    period,
    measure,
    target,
    value: current?.value ?? null,
    importId: current?.importId ?? null,
    sources,
    replaced,
  };
}
