/**
 * Partners of a commit: new ones inserted, existing ones updated in place with their previous
 * row kept in import_superseded_rows (undo puts it back). An empty cell never blanks a stored
 * field; attributes are merged.
 */
import type Database from 'better-sqlite3';
import type { CommitPlan } from '../analyse/plan';

interface PartnerRow {
  id: number;
  external_id: string;
  name: string;
  type: string | null;
  tier: string | null;
  region: string | null;
  country: string | null;
  parent_id: number | null;
  account_manager: string | null;
  status: string;
  onboarded_on: string | null;
  attributes: string;
  import_id: number | null;
}

export interface PartnerWriteResult {
  created: number;
  updated: number;
  /** External id → partner id for every partner the plan refers to. */
  ids: Map<string, number>;
}

export function writePartners(
  db: Database.Database,
  importId: number,
  plan: CommitPlan,
): PartnerWriteResult {
  const select = db.prepare('SELECT * FROM partners WHERE external_id = ?');
  const insert = db.prepare(
    `INSERT INTO partners (external_id, name, type, tier, region, country, account_manager, status, onboarded_on, attributes, import_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `UPDATE partners SET name = coalesce(?, name), type = coalesce(?, type), tier = coalesce(?, tier), region = coalesce(?, region),
       country = coalesce(?, country), account_manager = coalesce(?, account_manager), status = coalesce(?, status),
       onboarded_on = coalesce(?, onboarded_on), attributes = ?, import_id = ? WHERE id = ?`,
  );
  const supersede = db.prepare(
    `INSERT OR IGNORE INTO import_superseded_rows (import_id, table_name, row_id, previous) VALUES (?, 'partners', ?, ?)`,
  );
  const setParent = db.prepare('UPDATE partners SET parent_id = ? WHERE id = ?');
  const ids = new Map<string, number>();
  let created = 0;
  let updated = 0;
  for (const rec of plan.partners) {
    const old = select.get(rec.externalId) as PartnerRow | undefined;
    if (old) {
      supersede.run(importId, old.id, JSON.stringify(old));
      const attributes = { ...(JSON.parse(old.attributes || '{}') as object), ...rec.attributes };
      update.run(
        rec.nameGiven ? rec.name : null,
        rec.type,
        rec.tier,
        rec.region,
        rec.country,
        rec.accountManager,
        rec.status,
        rec.onboardedOn,
        JSON.stringify(attributes),
        importId,
        old.id,
      );
      ids.set(rec.externalId, old.id);
      updated++;
    } else {
      const info = insert.run(
        rec.externalId,
        rec.name,
        rec.type,
        rec.tier,
        rec.region,
        rec.country,
        rec.accountManager,
        rec.status ?? 'active',
        rec.onboardedOn,
        JSON.stringify(rec.attributes),
        importId,
      );
      ids.set(rec.externalId, Number(info.lastInsertRowid));
      created++;
    }
  }
  for (const c of plan.created) {
    const old = select.get(c.externalId) as PartnerRow | undefined;
    if (old) {
      ids.set(c.externalId, old.id);
      continue;
    }
    const info = insert.run(
      c.externalId,
      c.name,
      null,
      null,
      null,
      null,
      null,
      'active',
      null,
      JSON.stringify(c.attributes),
      importId,
    );
    ids.set(c.externalId, Number(info.lastInsertRowid));
    created++;
  }
  for (const rec of plan.partners) {
    if (!rec.parent) continue;
    const parent = ids.get(rec.parent) ?? (select.get(rec.parent) as PartnerRow | undefined)?.id;
    if (parent !== undefined && parent !== ids.get(rec.externalId))
      setParent.run(parent, ids.get(rec.externalId)!);
  }
  for (const key of plan.partnerKeys) {
    if (ids.has(key)) continue;
    const row = select.get(key) as PartnerRow | undefined;
    if (row) ids.set(key, row.id);
  }
  return { created, updated, ids };
}
