/** Finds a partner by external id (what users see), or by internal id when given digits only. */
import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors';
import type { ScoringDataset } from '../../scoring/dataset';

export interface PartnerDetails {
  id: number;
  externalId: string;
  name: string;
  country: string | null;
  manager: string | null;
}

export function partnerDetails(db: Database.Database, key: string): PartnerDetails {
  const select = `SELECT id, external_id AS externalId, name, country, account_manager AS manager
                  FROM partners WHERE `;
  const row =
    (db.prepare(`${select} external_id = ?`).get(key) as PartnerDetails | undefined) ??
    (/^\d+$/.test(key)
      ? (db.prepare(`${select} id = ?`).get(Number(key)) as PartnerDetails | undefined)
      : undefined);
  if (!row) {
    throw new AppError('NOT_FOUND', `There is no partner ${key} in this workspace.`, {
      partner: key,
    });
  }
  return row;
}

/** The partner's row in the scoring dataset. */
export function datasetRow(ds: ScoringDataset, partnerId: number): number {
  const row = ds.partners.id.indexOf(partnerId);
  if (row < 0) throw new AppError('NOT_FOUND', `Partner ${partnerId} is not in the scored data.`);
  return row;
}
