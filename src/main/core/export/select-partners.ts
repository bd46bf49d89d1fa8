/** The partners of a batch filter: given ids, or a region, program tier, manager (or all). */
import type Database from 'better-sqlite3';
import type { BatchFilter } from '../../../shared/api/export';
import { AppError } from '../../../shared/errors';

export interface SelectedPartner {
  id: number;
  externalId: string;
  name: string;
  region: string | null;
  programTier: string | null;
  manager: string | null;
}

const COLUMNS = `id, external_id AS externalId, name, region, tier AS programTier, account_manager AS manager`;

function byKeys(db: Database.Database, keys: string[]): SelectedPartner[] {
  const byExternal = db.prepare(`SELECT ${COLUMNS} FROM partners WHERE external_id = ?`);
  const byId = db.prepare(`SELECT ${COLUMNS} FROM partners WHERE id = ?`);
  const seen = new Set<number>();
  const out: SelectedPartner[] = [];
  for (const key of keys) {
    const row = (byExternal.get(key) ?? (/^\d+$/.test(key) ? byId.get(Number(key)) : undefined)) as
      SelectedPartner | undefined;
    if (!row) throw new AppError('NOT_FOUND', `There is no partner ${key} in this workspace.`);
    if (!seen.has(row.id)) out.push(row);
    seen.add(row.id);
  }
  return out;
}

export function selectPartners(db: Database.Database, filter: BatchFilter): SelectedPartner[] {
  if (filter.partners?.length && !filter.region && !filter.tier && !filter.manager) {
    return byKeys(db, filter.partners);
  }
  const conditions: [string, string | undefined][] = [
    ['region = ? COLLATE NOCASE', filter.region],
    ['tier = ? COLLATE NOCASE', filter.tier],
    ['account_manager = ? COLLATE NOCASE', filter.manager],
  ];
  const used = conditions.filter((c): c is [string, string] => c[1] !== undefined);
  const where = used.map(([sql]) => sql);
  const params = used.map(([, value]) => value);
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM partners ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY name, id`,
    )
    .all(...params) as SelectedPartner[];
  if (!filter.partners?.length) return rows;
  const wanted = new Set(byKeys(db, filter.partners).map((p) => p.id));
  return rows.filter((r) => wanted.has(r.id));
}

export function distinctValues(
  db: Database.Database,
  column: 'region' | 'tier' | 'account_manager',
): string[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT ${column} AS v FROM partners WHERE ${column} IS NOT NULL AND ${column} != '' ORDER BY 1`,
      )
      .all() as { v: string }[]
  ).map((r) => r.v);
}
