/**
 * Deal registrations of a commit: one already stored for the same partner and reference is
 * updated in place (its previous row kept for undo), others are inserted.
 */
import type Database from 'better-sqlite3';
import type { PlannedDeal } from '../analyse/plan';

export function dealWriter(db: Database.Database, importId: number, partnerIds: number[]) {
  const find = db.prepare(
    'SELECT * FROM deal_registrations WHERE partner_id = ? AND reference = ?',
  );
  const insert = db.prepare(
    `INSERT INTO deal_registrations (partner_id, reference, registered_on, closed_on, status, value, import_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    'UPDATE deal_registrations SET registered_on = ?, closed_on = ?, status = ?, value = ?, import_id = ? WHERE id = ?',
  );
  const supersede = db.prepare(
    `INSERT OR IGNORE INTO import_superseded_rows (import_id, table_name, row_id, previous) VALUES (?, 'deal_registrations', ?, ?)`,
  );
  return {
    written: 0,
    write(deals: PlannedDeal[], from: number, to: number) {
      for (let i = from; i < to; i++) {
        const d = deals[i]!;
        const partner = partnerIds[d.partner]!;
        const old = find.get(partner, d.reference) as { id: number } | undefined;
        if (old) {
          supersede.run(importId, old.id, JSON.stringify(old));
          update.run(d.registeredOn, d.closedOn, d.status, d.value, importId, old.id);
        } else {
          insert.run(partner, d.reference, d.registeredOn, d.closedOn, d.status, d.value, importId);
        }
        this.written++;
      }
    },
  };
}
