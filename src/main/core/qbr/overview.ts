/** The QBR start page: saved reviews and a partner search. */
import type { PartnerChoice, QbrOverview } from '../../../shared/api/qbr-results';
import { scoringService } from '../scoring/service/scoring-service';
import type { Workspace } from '../workspace/workspace';
import { listReviews } from './review-store';

export function searchPartners(ws: Workspace, search: string, limit: number): PartnerChoice[] {
  const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return ws.sqlite
    .prepare(
      `SELECT external_id AS externalId, name, region, tier AS programTier, account_manager AS manager
       FROM partners
       WHERE ? = '' OR name LIKE ? ESCAPE '\\' OR external_id LIKE ? ESCAPE '\\'
       ORDER BY name LIMIT ?`,
    )
    .all(search, like, like, limit) as PartnerChoice[];
}

export function qbrOverview(ws: Workspace, search: string, limit: number): QbrOverview {
  const { dataset } = scoringService(ws).load();
  const periods = dataset.periods.map((p) => ({ key: p.key, label: p.label }));
  return {
    reviews: listReviews(ws, limit),
    partners: searchPartners(ws, search, limit),
    periods,
    defaultPeriod: periods.at(-1)?.key ?? null,
  };
}
