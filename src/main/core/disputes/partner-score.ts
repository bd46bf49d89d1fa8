/** One partner's composite and tier in a period, with the usual methodology (null: not scored). */
import { scoredPeriod } from '../export/scorecard/scored-period';
import type { Workspace } from '../workspace/workspace';

export interface PartnerScore {
  methodology: string;
  composite: number | null;
  tier: string | null;
}

export function partnerScore(
  ws: Workspace,
  partnerId: number,
  periodKey: string,
): PartnerScore | null {
  let s;
  try {
    s = scoredPeriod(ws, { period: periodKey });
  } catch {
    return null; // a period of another grain, or no scored data yet
  }
  const label = `${s.ref.name}${s.ref.version === null ? ' (draft)' : `, version ${s.ref.version}`}`;
  const p = s.dataset.partners.id.indexOf(partnerId);
  const i = p < 0 ? -1 : s.ps.structural.rows.indexOf(p);
  if (i < 0) return { methodology: label, composite: null, tier: null };
  const composite = s.ps.weighted.composite[i]!;
  const tier = s.plan.definition.tiers[s.ps.weighted.tier[i]!]?.name ?? null;
  return { methodology: label, composite: Number.isNaN(composite) ? null : composite, tier };
}
