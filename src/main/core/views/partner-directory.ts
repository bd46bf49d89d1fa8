/** Partner attributes the scoring dataset does not carry: account manager, parent, country. */
import type Database from 'better-sqlite3';
import type { PartnerProfile } from '../../../shared/api/views';
import { AppError } from '../../../shared/errors';

/** Account manager of every partner, by partner id. */
export function managersById(db: Database.Database): Map<number, string | null> {
  const rows = db.prepare('SELECT id, account_manager FROM partners').raw(true).all() as [
    number,
    string | null,
  ][];
  return new Map(rows);
}

/** One partner by external id (or by numeric id when given digits only). */
export function partnerProfile(db: Database.Database, key: string): PartnerProfile {
  const row = db
    .prepare(
      `SELECT p.id, p.external_id AS externalId, p.name, p.type, p.region, p.country, p.tier AS programTier,
              p.account_manager AS manager, p.status, p.onboarded_on AS onboardedOn,
              parent.external_id AS parentExternalId, parent.name AS parentName,
              (SELECT count(*) FROM partners c WHERE c.parent_id = p.id) AS children
       FROM partners p LEFT JOIN partners parent ON parent.id = p.parent_id
       WHERE p.external_id = ?`,
    )
    .get(key) as
    | (Omit<PartnerProfile, 'parent'> & {
        parentExternalId: string | null;
        parentName: string | null;
      })
    | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', `There is no partner with the id ${key} in this workspace.`);
  const { parentExternalId, parentName, ...profile } = row;
  return {
    ...profile,
    parent:
      parentExternalId !== null && parentName !== null
        ? { externalId: parentExternalId, name: parentName }
        : null,
  };
}
