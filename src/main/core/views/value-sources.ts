/**
 * Where each of a partner's stored numbers for a period came from: the import that wrote it and,
 * when the importer recorded them, the files, roll-up rules and source rows.
 */
import type Database from 'better-sqlite3';
import type { ValueSource } from '../../../shared/api/views-results';
import { todayIso } from '../disputes/today';

interface SourceRow {
  measure: string;
  measureName: string;
  unit: string;
  kind: 'value' | 'target';
  value: number;
  importId: number;
  importKind: string;
  importName: string;
  importedAt: string;
  files: string | null;
}

const SQL = `
WITH cells AS (
  SELECT 'value' AS kind, measure_id, value, import_id FROM measure_values WHERE partner_id = @partner AND period_id = @period
  UNION ALL
  SELECT 'target' AS kind, measure_id, value, import_id FROM targets WHERE partner_id = @partner AND period_id = @period
)
SELECT m.key AS measure, m.name AS measureName, m.unit, c.kind, c.value, c.import_id AS importId,
       i.kind AS importKind, i.file_name AS importName, COALESCE(i.finished_at, i.started_at) AS importedAt,
       (SELECT json_group_array(json_object('fileName', f.file_name, 'rule', l.rule, 'rowCount', l.row_count, 'rows', l.rows))
          FROM value_lineage l JOIN import_files f ON f.id = l.file_id
         WHERE l.import_id = c.import_id AND l.target = c.kind AND l.partner_id = @partner
           AND l.period_id = @period AND l.measure_id = c.measure_id) AS files
FROM cells c JOIN measures m ON m.id = c.measure_id JOIN imports i ON i.id = c.import_id
ORDER BY m.id, c.kind DESC`;

export function valueSources(
  db: Database.Database,
  partnerId: number,
  periodKey: string,
): ValueSource[] {
  const period = db.prepare('SELECT id FROM periods WHERE key = ?').get(periodKey) as
    { id: number } | undefined;
  if (!period) return [];
  const rows = db.prepare(SQL).all({ partner: partnerId, period: period.id }) as SourceRow[];
  const corrections = correctionsInForce(db, partnerId, period.id);
  return rows.map((r) => {
    const source: ValueSource = {
      ...r,
      files: r.files ? (JSON.parse(r.files) as ValueSource['files']) : [],
    };
    const c = r.kind === 'value' ? corrections.get(r.measure) : undefined;
    if (!c) return source;
    return {
      ...source,
      value: c.value,
      correction: {
        id: c.id,
        storedValue: r.value,
        reason: c.reason,
        requestedBy: c.requestedBy,
        approvedBy: c.approvedBy,
        approvedAt: c.decidedAt,
        expiresOn: c.expiresOn,
      },
    };
  });
}

interface CorrectionRow {
  id: number;
  measure: string;
  value: number;
  reason: string;
  requestedBy: string;
  approvedBy: string;
  decidedAt: string;
  expiresOn: string | null;
}

/** The approved, unexpired correction of each measure of the cell (the latest approval wins). */
function correctionsInForce(
  db: Database.Database,
  partnerId: number,
  periodId: number,
): Map<string, CorrectionRow> {
  const rows = db
    .prepare(
      `SELECT c.id, m.key AS measure, c.value, c.reason, c.requested_by AS requestedBy,
              c.approved_by AS approvedBy, c.decided_at AS decidedAt, c.expires_on AS expiresOn
       FROM corrections c JOIN measures m ON m.id = c.measure_id
       WHERE c.partner_id = ? AND c.period_id = ? AND c.status = 'approved'
         AND (c.expires_on IS NULL OR c.expires_on > ?)
       ORDER BY c.decided_at, c.id`,
    )
    .all(partnerId, periodId, todayIso()) as CorrectionRow[];
  return new Map(rows.map((r) => [r.measure, r]));
}
