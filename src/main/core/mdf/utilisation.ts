/**
 * Utilisation: what partners claimed against what they were allocated, per partner, region and
 * period, and the allocations still largely unclaimed as their plan's claim deadline nears.
 * Utilised = claimed + approved + paid (planned claims are intentions; rejected ones count for
 * nothing), the same ratio as the KPI library's "MDF utilisation" (claimed ÷ allocated).
 */
import type { MdfUnusedFlag, MdfUtilisation, MdfUtilisationRow } from '../../../shared/api/mdf';
import type { Workspace } from '../workspace/workspace';
import { today } from './claim-store';
import { formatCents } from './money';

interface Line {
  planId: number;
  planName: string;
  period: string;
  expiresOn: string;
  partnerId: number;
  externalId: string;
  name: string;
  region: string | null;
  allocated: number;
  claimed: number;
  approved: number;
  paid: number;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function roll(lines: Line[], keyOf: (l: Line) => [string, string]): MdfUtilisationRow[] {
  const out = new Map<string, MdfUtilisationRow>();
  for (const l of lines) {
    const [key, label] = keyOf(l);
    let r = out.get(key);
    if (!r) {
      r = {
        key,
        label,
        allocatedCents: 0,
        claimedCents: 0,
        approvedCents: 0,
        paidCents: 0,
        utilisation: null,
      };
      out.set(key, r);
    }
    r.allocatedCents += l.allocated;
    r.claimedCents += l.claimed;
    r.approvedCents += l.approved;
    r.paidCents += l.paid;
  }
  for (const r of out.values()) {
    r.utilisation =
      r.allocatedCents > 0
        ? (r.claimedCents + r.approvedCents + r.paidCents) / r.allocatedCents
        : null;
  }
  return [...out.values()].sort(
    (a, b) => b.allocatedCents - a.allocatedCents || a.key.localeCompare(b.key),
  );
}

export function utilisation(
  ws: Workspace,
  q: { planId?: number; asOf?: string; warnDays: number; minUnusedShare?: number },
): MdfUtilisation {
  const asOf = q.asOf ?? today();
  const lines = ws.sqlite
    .prepare(
      `SELECT m.id AS planId, m.name AS planName, m.period_key AS period, m.expires_on AS expiresOn,
              p.id AS partnerId, p.external_id AS externalId, p.name, p.region,
              a.amount_cents AS allocated,
              COALESCE(SUM(CASE WHEN c.status = 'claimed' THEN c.amount_cents END), 0) AS claimed,
              COALESCE(SUM(CASE WHEN c.status = 'approved' THEN c.amount_cents END), 0) AS approved,
              COALESCE(SUM(CASE WHEN c.status = 'paid' THEN c.amount_cents END), 0) AS paid
         FROM mdf_allocations a
         JOIN mdf_plans m ON m.id = a.plan_id
         JOIN partners p ON p.id = a.partner_id
         LEFT JOIN mdf_claims c ON c.plan_id = a.plan_id AND c.partner_id = a.partner_id
        WHERE a.amount_cents > 0 AND (? IS NULL OR m.id = ?)
        GROUP BY a.plan_id, a.partner_id`,
    )
    .all(q.planId ?? null, q.planId ?? null) as Line[];
  const unused: MdfUnusedFlag[] = [];
  for (const l of lines) {
    const used = l.claimed + l.approved + l.paid;
    const left = l.allocated - used;
    const daysLeft = daysBetween(asOf, l.expiresOn);
    if (left <= 0 || left < l.allocated * (q.minUnusedShare ?? 0.25)) continue;
    if (daysLeft < 0 || daysLeft > q.warnDays) continue;
    unused.push({
      planId: l.planId,
      planName: l.planName,
      partnerId: l.partnerId,
      externalId: l.externalId,
      name: l.name,
      allocatedCents: l.allocated,
      unusedCents: left,
      expiresOn: l.expiresOn,
      daysLeft,
      message: `${l.name} has ${formatCents(left)} of ${formatCents(l.allocated)} unclaimed (${Math.round((left / l.allocated) * 100)} %); "${l.planName}" closes for claims on ${l.expiresOn} (${daysLeft === 0 ? 'today' : `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`}).`,
    });
  }
  unused.sort((a, b) => a.daysLeft - b.daysLeft || b.unusedCents - a.unusedCents);
  return {
    asOf,
    byPartner: roll(lines, (l) => [l.externalId, l.name]),
    byRegion: roll(lines, (l) => [l.region ?? '(no region)', l.region ?? '(no region)']),
    byPeriod: roll(lines, (l) => [l.period, l.period]),
    unused,
  };
}
