/** One partner's allocations across the saved plans, newest first, with claims and payments. */
import type { MdfPartnerAllocation, MdfProposal } from '../../../shared/api/mdf';
import type { Workspace } from '../workspace/workspace';
import { resolvePartnerId } from './claim-store';

export function partnerAllocations(ws: Workspace, partner: string): MdfPartnerAllocation[] {
  const partnerId = resolvePartnerId(ws, partner);
  const rows = ws.sqlite
    .prepare(
      `SELECT m.id AS planId, m.name AS planName, m.period_key AS period, m.expires_on AS expiresOn,
              m.proposal_json AS proposal, a.amount_cents AS amountCents,
              COALESCE(SUM(CASE WHEN c.status IN ('claimed','approved','paid') THEN c.amount_cents END), 0) AS usedCents,
              COALESCE(SUM(CASE WHEN c.status = 'paid' THEN c.amount_cents END), 0) AS paidCents,
              COUNT(c.id) AS claims
         FROM mdf_allocations a JOIN mdf_plans m ON m.id = a.plan_id
         LEFT JOIN mdf_claims c ON c.plan_id = a.plan_id AND c.partner_id = a.partner_id
        WHERE a.partner_id = ?
        GROUP BY a.plan_id
        ORDER BY m.period_key DESC, m.id DESC`,
    )
    .all(partnerId) as (Omit<MdfPartnerAllocation, 'explanation'> & { proposal: string })[];
  return rows.map(({ proposal, ...r }) => ({
    ...r,
    explanation:
      (JSON.parse(proposal) as MdfProposal).rows.find((x) => x.partnerId === partnerId)
        ?.explanation ?? '',
  }));
}
