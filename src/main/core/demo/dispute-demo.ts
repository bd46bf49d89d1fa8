/**
 * The demo's disputes: after 2026-Q3 closed, a partner disputed its Q3 revenue (a deal invoiced
 * to the distributor's account instead of the partner's); its account manager requested a
 * correction, a second manager approved it, the score was recomputed and the dispute resolved as
 * upheld. A second partner's tier dispute is still waiting for review. Seeded: the same seed picks
 * the same partners and amounts.
 */
import { approveCorrection, requestCorrection } from '../disputes/correction-store';
import { openDispute, setDisputeStatus } from '../disputes/dispute-store';
import { scoredPeriod } from '../export/scorecard/scored-period';
import type { Workspace } from '../workspace/workspace';
import { Rng } from './random';

interface Candidate {
  id: number;
  externalId: string;
  manager: string;
  revenue: number;
}

export function generateDisputeDemo(ws: Workspace, seed: number): { disputes: number } {
  const s = scoredPeriod(ws, {});
  const period = s.dataset.periods[s.t]!;
  const scored = new Set<number>();
  s.ps.structural.rows.forEach((p, i) => {
    if (!Number.isNaN(s.ps.weighted.composite[i]!)) scored.add(s.dataset.partners.id[p]!);
  });
  const candidates = (
    ws.sqlite
      .prepare(
        `SELECT p.id, p.external_id AS externalId, p.account_manager AS manager, v.value AS revenue
         FROM partners p JOIN measure_values v ON v.partner_id = p.id
         JOIN measures m ON m.id = v.measure_id AND m.key = 'revenue'
         JOIN periods t ON t.id = v.period_id AND t.key = ?
         WHERE p.account_manager IS NOT NULL AND v.value > 20000 ORDER BY p.id`,
      )
      .all(period.key) as Candidate[]
  ).filter((c) => scored.has(c.id));
  if (candidates.length < 2) return { disputes: 0 };
  const rng = new Rng(seed ^ 0x5eed);
  const first = candidates[rng.int(0, candidates.length - 1)]!;
  const second = candidates.filter((c) => c.id !== first.id)[rng.int(0, candidates.length - 2)]!;
  const approver =
    (
      ws.sqlite
        .prepare(
          `SELECT DISTINCT account_manager AS m FROM partners
           WHERE account_manager IS NOT NULL AND account_manager <> ? ORDER BY 1 LIMIT 1`,
        )
        .get(first.manager) as { m: string } | undefined
    )?.m ?? 'Program lead';
  // A deal of 6–12 % of the quarter's revenue, rounded to the hundred.
  const missing = Math.round((first.revenue * rng.uniform(0.06, 0.12)) / 100) * 100;
  const invoice = `INV-2026-${String(rng.int(1000, 9999))}`;
  const year = period.endDate.slice(0, 4);
  const day = (offset: number, time: string) => {
    const d = new Date(`${period.endDate}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + offset);
    return `${d.toISOString().slice(0, 10)}T${time}Z`;
  };

  const dispute = openDispute(
    ws,
    {
      partner: first.externalId,
      subject: 'kpi',
      kpi: 'revenue',
      period: period.key,
      reason: `A ${missing.toLocaleString('en-US')} deal closed in the last week of ${period.label} was invoiced to the distributor's account instead of ours, so our revenue for the quarter is understated.`,
      evidence: `Invoice ${invoice} (${year}), the distributor's credit note and the won deal registration.`,
      raisedBy: 'Partner finance contact',
    },
    day(6, '09:12:00'),
  );
  setDisputeStatus(
    ws,
    { id: dispute.id, status: 'under_review', resolution: '' },
    day(8, '14:30:00'),
  );
  const correction = requestCorrection(
    ws,
    {
      disputeId: dispute.id,
      partner: first.externalId,
      period: period.key,
      measure: 'revenue',
      value: first.revenue + missing,
      reason: `Invoice ${invoice} re-attributed from the distributor to the partner after checking the credit note.`,
      requestedBy: first.manager,
    },
    day(9, '11:05:00'),
  );
  approveCorrection(ws, { id: correction.id, approver }, day(13, '16:40:00'));
  setDisputeStatus(
    ws,
    {
      id: dispute.id,
      status: 'resolved_upheld',
      resolution: `Revenue for ${period.label} corrected by ${missing.toLocaleString('en-US')} (invoice ${invoice}); the score was recomputed.`,
    },
    day(14, '10:00:00'),
  );

  openDispute(
    ws,
    {
      partner: second.externalId,
      subject: 'tier',
      period: period.key,
      reason:
        'Two certifications completed in the last week of the quarter are missing, which would keep us in our tier.',
      evidence: 'Certificates from the training portal, completion dates in the quarter.',
      raisedBy: 'Partner alliance manager',
    },
    day(20, '08:45:00'),
  );
  return { disputes: 2 };
}
