/**
 * Investment-planning demo data: for each of the last four quarters a saved MDF plan proposed
 * by the allocation engine (the budget is what the demo's partners were allocated in that
 * quarter, rounded), and claims against its allocations: older plans' claims are paid or
 * rejected, the latest plan's are still in flight, and some allocations go unclaimed. Each
 * claim's size follows the partner's MDF utilisation in the generated data and its attributed
 * revenue the partner's MDF return, so the claims tell the same story as the MDF measures.
 * Seeded: the same seed gives the same plans and claims.
 */
import { insertClaim, type NewClaim } from '../mdf/claim-store';
import { savePlan } from '../mdf/plan-store';
import type { MdfClaimStatus } from '../../../shared/api/mdf';
import { mdfProposalInputSchema } from '../../../shared/api/mdf';
import type { Workspace } from '../workspace/workspace';
import { Rng } from './random';

const ACTIVITIES = [
  'Joint webinar series',
  'Trade show booth',
  'Email nurture campaign',
  'Customer event',
  'Paid search campaign',
  'Proof-of-concept lab',
  'Partner sales training',
  'Co-branded content',
];

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const MDF_DEMO_MAX_PARTNERS = 20_000;

export interface MdfDemoSummary {
  plans: number;
  claims: number;
}

export function generateMdfDemo(ws: Workspace, seed: number, plansWanted = 4): MdfDemoSummary {
  const db = ws.sqlite;
  const periods = db
    .prepare(
      `SELECT t.key, t.label, t.end_date AS endDate, SUM(v.value) AS allocated
         FROM periods t JOIN measure_values v ON v.period_id = t.id
         JOIN measures m ON m.id = v.measure_id AND m.key = 'mdf_allocated'
        WHERE t.grain = 'quarter' GROUP BY t.id ORDER BY t.start_date DESC LIMIT ?`,
    )
    .all(plansWanted) as { key: string; label: string; endDate: string; allocated: number }[];
  periods.reverse();
  const ratios = db.prepare(
    `SELECT p.id AS partnerId,
            MAX(CASE WHEN m.key = 'mdf_allocated' THEN v.value END) AS allocated,
            MAX(CASE WHEN m.key = 'mdf_claimed' THEN v.value END) AS claimed,
            MAX(CASE WHEN m.key = 'mdf_revenue' THEN v.value END) AS revenue
       FROM measure_values v JOIN partners p ON p.id = v.partner_id
       JOIN measures m ON m.id = v.measure_id JOIN periods t ON t.id = v.period_id
      WHERE t.key = ? AND m.key IN ('mdf_allocated', 'mdf_claimed', 'mdf_revenue')
      GROUP BY p.id`,
  );
  let claims = 0;
  periods.forEach((period, k) => {
    const latest = k === periods.length - 1;
    const rng = new Rng(seed * 1009 + k * 7919 + 17);
    const budgetCents = Math.max(1_000_000, Math.round(period.allocated / 1000) * 1000 * 100);
    const save = (rules: Record<string, number>) =>
      savePlan(
        ws,
        {
          ...mdfProposalInputSchema.parse({ budgetCents, period: period.key, rules }),
          name: `MDF ${period.label}`,
          note: 'Demo plan: the quarter’s budget shared by contribution and potential.',
          expiresOn: addDays(period.endDate, 90),
        },
        new Date(`${addDays(period.endDate, -20)}T09:00:00Z`),
      );
    let plan;
    try {
      plan = save({ minCents: 100_000, maxCents: Math.round(budgetCents * 0.06) });
    } catch {
      // A small demo cannot pay every eligible partner the minimum: no bounds then.
      plan = save({});
    }
    const byPartner = new Map(
      (
        ratios.all(period.key) as {
          partnerId: number;
          allocated: number | null;
          claimed: number | null;
          revenue: number | null;
        }[]
      ).map((r) => [r.partnerId, r]),
    );
    let n = 0;
    db.transaction(() => {
      for (const row of plan.proposal.rows) {
        if (row.amountCents <= 0) continue;
        const facts = byPartner.get(row.partnerId);
        const generated =
          facts?.allocated && facts.claimed !== null ? facts.claimed / facts.allocated : null;
        const utilisation = Math.min(1, Math.max(0, generated ?? rng.normal(0.72, 0.18)));
        if (rng.chance(0.1) || utilisation < 0.05) continue; // left unclaimed
        const roi =
          facts?.claimed && facts.revenue !== null && facts.claimed > 0
            ? facts.revenue / facts.claimed
            : rng.lognormal(Math.log(3), 0.5);
        const total = Math.floor(row.amountCents * utilisation);
        const parts = total > 400_000 && rng.chance(0.5) ? 2 : 1;
        for (let p = 0; p < parts; p++) {
          const amount =
            p === parts - 1
              ? total - Math.floor(total / parts) * (parts - 1)
              : Math.floor(total / parts);
          if (amount <= 0) continue;
          let status: MdfClaimStatus;
          if (latest) {
            const u = rng.next();
            status =
              u < 0.35 ? 'planned' : u < 0.7 ? 'claimed' : u < 0.95 ? 'approved' : 'rejected';
          } else status = rng.chance(0.07) ? 'rejected' : 'paid';
          n++;
          const claim: NewClaim = {
            planId: plan.id,
            partner: row.externalId,
            reference: `MDF-${period.key}-${String(n).padStart(4, '0')}`,
            activity: ACTIVITIES[rng.int(0, ACTIVITIES.length - 1)]!,
            amountCents: amount,
            status,
            proofRef:
              status === 'planned'
                ? null
                : `INV-${period.key.replace('-', '')}-${String(n).padStart(4, '0')}`,
            note: status === 'rejected' ? 'Activity outside the agreed plan.' : '',
            pipelineSourcedCents:
              status === 'approved' || status === 'paid'
                ? Math.round(amount * rng.lognormal(Math.log(6), 0.5))
                : 0,
            revenueAttributedCents:
              status === 'approved' || status === 'paid' ? Math.round(amount * roi) : 0,
            on: addDays(period.endDate, latest ? rng.int(5, 50) : rng.int(20, 80)),
          };
          insertClaim(ws, claim, row.partnerId);
        }
      }
    })();
    claims += n;
  });
  return { plans: periods.length, claims };
}
