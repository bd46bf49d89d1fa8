/**
 * MDF figures into the KPI library's measures: for the plan's period, each allocated partner's
 * mdf_allocated (its allocation), mdf_claimed (approved and paid claims) and mdf_revenue
 * (revenue the claims attribute), so the "MDF utilisation" and "MDF ROI" KPIs score from them.
 * Written as an import of kind `mdf`: values it replaces are kept, and undoing the import (Data →
 * import history, or `import --undo ID`) puts them back.
 */
import { AppError } from '../../../shared/errors';
import { ensureMeasures, STANDARD_MEASURES } from '../workspace/standard-measures';
import type { Workspace } from '../workspace/workspace';
import { getPlan } from './plan-store';
import { bumpDataRevision } from '../workspace/data-revision';

const KEYS = ['mdf_allocated', 'mdf_claimed', 'mdf_revenue'] as const;

export function syncKpis(
  ws: Workspace,
  planId: number,
  now = new Date(),
): { importId: number; values: number } {
  const plan = getPlan(ws, planId);
  const db = ws.sqlite;
  const period = db.prepare('SELECT id FROM periods WHERE key = ?').get(plan.period) as
    { id: number } | undefined;
  if (!period)
    throw new AppError('NOT_FOUND', `The plan's period ${plan.period} is not in the workspace.`);
  const lines = db
    .prepare(
      `SELECT a.partner_id AS partnerId, a.amount_cents AS allocated,
              COALESCE(SUM(CASE WHEN c.status IN ('approved','paid') THEN c.amount_cents END), 0) AS claimed,
              COALESCE(SUM(CASE WHEN c.status IN ('approved','paid') THEN c.revenue_attributed_cents END), 0) AS revenue
         FROM mdf_allocations a
         LEFT JOIN mdf_claims c ON c.plan_id = a.plan_id AND c.partner_id = a.partner_id
        WHERE a.plan_id = ? AND a.amount_cents > 0
        GROUP BY a.partner_id`,
    )
    .all(planId) as { partnerId: number; allocated: number; claimed: number; revenue: number }[];
  return db.transaction(() => {
    bumpDataRevision(db);
    const ids = ensureMeasures(
      ws.db,
      STANDARD_MEASURES.filter((m) => (KEYS as readonly string[]).includes(m.key)),
    );
    const stamp = now.toISOString();
    const importId = Number(
      db
        .prepare(
          `INSERT INTO imports (kind, file_name, rows_read, rows_accepted, status, started_at, finished_at, note)
           VALUES ('mdf', ?, ?, ?, 'committed', ?, ?, ?)`,
        )
        .run(
          `MDF plan "${plan.name}"`,
          lines.length,
          lines.length,
          stamp,
          stamp,
          `Allocations, approved and paid claims and attributed revenue of MDF plan ${plan.id} for ${plan.period}.`,
        ).lastInsertRowid,
    );
    const old = db.prepare(
      'SELECT value, import_id AS importId FROM measure_values WHERE partner_id = ? AND period_id = ? AND measure_id = ?',
    );
    const keep = db.prepare(
      `INSERT OR REPLACE INTO import_superseded (import_id, target, partner_id, period_id, measure_id, value, previous_import_id)
       VALUES (?, 'value', ?, ?, ?, ?, ?)`,
    );
    const write = db.prepare(
      'INSERT OR REPLACE INTO measure_values (partner_id, period_id, measure_id, value, import_id) VALUES (?, ?, ?, ?, ?)',
    );
    let values = 0;
    for (const l of lines) {
      const figures: Record<(typeof KEYS)[number], number> = {
        mdf_allocated: l.allocated / 100,
        mdf_claimed: l.claimed / 100,
        mdf_revenue: l.revenue / 100,
      };
      for (const key of KEYS) {
        const measureId = ids.get(key)!;
        const before = old.get(l.partnerId, period.id, measureId) as
          { value: number; importId: number } | undefined;
        if (before)
          keep.run(importId, l.partnerId, period.id, measureId, before.value, before.importId);
        write.run(l.partnerId, period.id, measureId, figures[key], importId);
        values++;
      }
    }
    return { importId, values };
  })();
}
