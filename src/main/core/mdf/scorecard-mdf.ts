/**
 * A partner's own MDF allocations of a period for its scorecard: the amount, what it has claimed
 * and been paid, what is left and until when, and what the allocation reflects. Partner-safe by
 * construction: no plan name, budget, share of budget or anything about another partner.
 */
import type { ScorecardMdf } from '../../../shared/api/export-results';
import type { MdfProposal } from '../../../shared/api/mdf';
import type { Workspace } from '../workspace/workspace';

export function scorecardMdf(ws: Workspace, partnerId: number, periodKey: string): ScorecardMdf[] {
  const plans = ws.sqlite
    .prepare(
      `SELECT m.id, m.period_key AS period, m.expires_on AS expiresOn, m.proposal_json AS proposal,
              a.amount_cents AS allocated,
              COALESCE((SELECT SUM(amount_cents) FROM mdf_claims c WHERE c.plan_id = m.id AND c.partner_id = a.partner_id
                          AND c.status IN ('claimed', 'approved', 'paid')), 0) AS used,
              COALESCE((SELECT SUM(amount_cents) FROM mdf_claims c WHERE c.plan_id = m.id AND c.partner_id = a.partner_id
                          AND c.status = 'paid'), 0) AS paid
         FROM mdf_allocations a JOIN mdf_plans m ON m.id = a.plan_id
        WHERE a.partner_id = ? AND m.period_key = ? AND a.amount_cents > 0
        ORDER BY m.id`,
    )
    .all(partnerId, periodKey) as {
    id: number;
    period: string;
    expiresOn: string;
    proposal: string;
    allocated: number;
    used: number;
    paid: number;
  }[];
  return plans.map((p) => {
    const proposal = JSON.parse(p.proposal) as MdfProposal;
    const row = proposal.rows.find((r) => r.partnerId === partnerId);
    const basis = [
      row?.composite !== null && row?.composite !== undefined
        ? `score ${Math.round(row.composite)}`
        : null,
      row?.pipelineCoverage !== null && row?.pipelineCoverage !== undefined
        ? `pipeline coverage ${row.pipelineCoverage.toFixed(1)}×`
        : null,
      row?.tier ?? null,
    ]
      .filter(Boolean)
      .join(', ');
    const ratio = proposal.rules.coFundingRatio;
    return {
      period: p.period,
      allocatedCents: p.allocated,
      usedCents: p.used,
      paidCents: p.paid,
      remainingCents: p.allocated - p.used,
      utilisation: p.allocated > 0 ? p.used / p.allocated : null,
      coFundingCents: Math.round((p.allocated * ratio) / (1 - ratio)),
      claimsCloseOn: p.expiresOn,
      basis,
    };
  });
}
