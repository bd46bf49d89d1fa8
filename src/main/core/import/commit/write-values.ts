/**
 * Values and targets of a commit, a chunk at a time (the caller yields between chunks so that
 * progress reaches the UI and a cancel can arrive). A value that replaces a stored one keeps the
 * old one in import_superseded; each value gets its lineage rows.
 */
import type Database from 'better-sqlite3';
import type { PlannedValue } from '../analyse/plan';

export interface ValueWriter {
  write(values: PlannedValue[], from: number, to: number): void;
  written: { value: number; target: number };
  replaced: { value: number; target: number };
}

export function valueWriter(
  db: Database.Database,
  importId: number,
  partnerIds: number[],
  periodIds: Map<string, number>,
  measureIds: Map<string, number>,
  fileIds: number[],
): ValueWriter {
  const statements = (table: 'measure_values' | 'targets') => ({
    current: db.prepare(
      `SELECT value, import_id AS importId FROM ${table} WHERE partner_id = ? AND period_id = ? AND measure_id = ?`,
    ),
    upsert: db.prepare(
      `INSERT INTO ${table} (partner_id, period_id, measure_id, value, import_id) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (partner_id, period_id, measure_id) DO UPDATE SET value = excluded.value, import_id = excluded.import_id`,
    ),
  });
  const tables = { value: statements('measure_values'), target: statements('targets') };
  // A first import of these measures has nothing to replace: skip the per-value look-up.
  const measures = JSON.stringify([...measureIds.values()]);
  const anyStored = (table: string) =>
    db
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM ${table} WHERE measure_id IN (SELECT value FROM json_each(?))) AS e`,
      )
      .get(measures) as { e: number };
  const lookUp = {
    value: anyStored('measure_values').e === 1,
    target: anyStored('targets').e === 1,
  };
  const supersede = db.prepare(
    `INSERT OR REPLACE INTO import_superseded (import_id, target, partner_id, period_id, measure_id, value, previous_import_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const lineage = db.prepare(
    `INSERT INTO value_lineage (import_id, file_id, target, partner_id, period_id, measure_id, rule, row_count, rows)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const result: ValueWriter = {
    written: { value: 0, target: 0 },
    replaced: { value: 0, target: 0 },
    write(values, from, to) {
      for (let i = from; i < to; i++) {
        const v = values[i]!;
        const partner = partnerIds[v.partner]!;
        const period = periodIds.get(v.period)!;
        const measure = measureIds.get(v.measure)!;
        const st = tables[v.target];
        const old = lookUp[v.target]
          ? (st.current.get(partner, period, measure) as
              { value: number; importId: number } | undefined)
          : undefined;
        if (old) {
          supersede.run(importId, v.target, partner, period, measure, old.value, old.importId);
          result.replaced[v.target]++;
        }
        st.upsert.run(partner, period, measure, v.value, importId);
        for (const s of v.sources) {
          lineage.run(
            importId,
            fileIds[s.fileIdx]!,
            v.target,
            partner,
            period,
            measure,
            s.rule,
            s.rowCount,
            s.rows,
          );
        }
        result.written[v.target]++;
      }
    },
  };
  return result;
}
