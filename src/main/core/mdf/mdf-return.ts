/**
 * The return of a plan per fund dollar: funds spent (approved and paid claims), the pipeline the
 * claims report as sourced, the pipeline registered and the revenue booked in the periods after
 * the plan's period, and the attributed revenue that the KPI library's MDF ROI divides by funds
 * claimed. The comparison with similar partners that received less is observational: within each
 * tier × region group of the plan's eligible partners, those funded above the group's median
 * (funds ÷ revenue before) against the rest, by revenue growth (the following periods against as
 * many periods up to the plan's). Funding follows performance, so this is association, not effect.
 */
import type { MdfReturn, MdfReturnRow } from '../../../shared/api/mdf';
import { AppError } from '../../../shared/errors';
import { measureColumn } from '../scoring/dataset';
import { scoringService } from '../scoring/service/scoring-service';
import type { Workspace } from '../workspace/workspace';
import { getPlan } from './plan-store';

const OBSERVATIONAL =
  'Observational: funds go to partners chosen for their results and potential, so the ' +
  'difference is an association, not the effect of the funds.';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function growth(before: number, after: number): number | null {
  return before > 0 ? after / before - 1 : null;
}

export function planReturn(ws: Workspace, planId: number, following: number): MdfReturn {
  const plan = getPlan(ws, planId);
  const { dataset: ds } = scoringService(ws).load();
  const t = ds.periods.findIndex((p) => p.key === plan.period);
  if (t < 0) throw new AppError('NOT_FOUND', `The plan's period ${plan.period} has no data.`);
  const after = ds.periods.slice(t + 1, t + 1 + following);
  const k = after.length;
  const rowOf = new Map<number, number>();
  ds.partners.id.forEach((id, i) => rowOf.set(id, i));
  const measure = (key: string) => ds.measures.findIndex((m) => m.key === key);
  const sumOver = (key: string, from: number, to: number, row: number) => {
    const m = measure(key);
    if (m < 0) return 0;
    let s = 0;
    for (let x = Math.max(0, from); x <= to && x < ds.periods.length; x++) {
      const v = measureColumn(ds, m, x)[row]!;
      if (!Number.isNaN(v)) s += v;
    }
    return s;
  };
  const claims = ws.sqlite
    .prepare(
      `SELECT partner_id AS partnerId, SUM(amount_cents) AS funded,
              SUM(pipeline_sourced_cents) AS sourced, SUM(revenue_attributed_cents) AS attributed
         FROM mdf_claims WHERE plan_id = ? AND status IN ('approved', 'paid') GROUP BY partner_id`,
    )
    .all(planId) as { partnerId: number; funded: number; sourced: number; attributed: number }[];
  const byPartner = new Map(claims.map((c) => [c.partnerId, c]));
  const eligible = plan.proposal.rows.filter((r) => r.eligible && rowOf.has(r.partnerId));
  const span = Math.max(k, 1);
  const facts = eligible.map((r) => {
    const row = rowOf.get(r.partnerId)!;
    const c = byPartner.get(r.partnerId);
    return {
      r,
      funded: c?.funded ?? 0,
      sourced: (c?.sourced ?? 0) / 100,
      attributed: (c?.attributed ?? 0) / 100,
      before: sumOver('revenue', t - span + 1, t, row),
      after: k ? sumOver('revenue', t + 1, t + k, row) : 0,
      influenced: k ? sumOver('deal_reg_value', t + 1, t + k, row) : 0,
    };
  });
  const rows: MdfReturnRow[] = facts
    .filter((f) => f.funded > 0)
    .map((f) => ({
      partnerId: f.r.partnerId,
      externalId: f.r.externalId,
      name: f.r.name,
      tier: f.r.tier,
      region: f.r.region,
      fundedCents: f.funded,
      pipelineSourced: f.sourced,
      pipelineInfluenced: f.influenced,
      revenueAfter: f.after,
      revenueBefore: f.before,
      revenueAttributed: f.attributed,
      revenuePerDollar: k ? f.after / (f.funded / 100) : null,
      pipelinePerDollar: k ? (f.influenced + f.sourced) / (f.funded / 100) : null,
    }))
    .sort((a, b) => b.fundedCents - a.fundedCents || a.name.localeCompare(b.name));
  const total = (pick: (r: MdfReturnRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const fundedCents = total((r) => r.fundedCents);
  const dollars = fundedCents / 100;

  // Observational comparison within tier × region.
  const groups = new Map<string, typeof facts>();
  for (const f of facts) {
    const key = `${f.r.tier ?? '—'} · ${f.r.region ?? '—'}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(f);
  }
  const compGroups: MdfReturn['comparison']['groups'] = [];
  const pooled = { fb: 0, fa: 0, lb: 0, la: 0 };
  for (const [group, members] of [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const intensity = (f: (typeof facts)[number]) => (f.before > 0 ? f.funded / 100 / f.before : 0);
    const cut = median(members.map(intensity));
    const funded = members.filter((f) => intensity(f) > cut);
    const less = members.filter((f) => intensity(f) <= cut);
    if (funded.length < 2 || less.length < 2 || k === 0) continue;
    const sum = (xs: typeof facts, pick: (f: (typeof facts)[number]) => number) =>
      xs.reduce((s, f) => s + pick(f), 0);
    const fb = sum(funded, (f) => f.before);
    const fa = sum(funded, (f) => f.after);
    const lb = sum(less, (f) => f.before);
    const la = sum(less, (f) => f.after);
    pooled.fb += fb;
    pooled.fa += fa;
    pooled.lb += lb;
    pooled.la += la;
    compGroups.push({
      group,
      funded: { partners: funded.length, growth: growth(fb, fa) },
      lessFunded: { partners: less.length, growth: growth(lb, la) },
    });
  }
  return {
    planId,
    period: plan.period,
    followingPeriods: after.map((p) => p.key),
    fundedCents,
    pipelineSourced: total((r) => r.pipelineSourced),
    pipelineInfluenced: total((r) => r.pipelineInfluenced),
    revenueAfter: total((r) => r.revenueAfter),
    revenueAttributed: total((r) => r.revenueAttributed),
    pipelinePerDollar:
      dollars > 0 && k ? total((r) => r.pipelineInfluenced + r.pipelineSourced) / dollars : null,
    revenuePerDollar: dollars > 0 && k ? total((r) => r.revenueAfter) / dollars : null,
    roi: dollars > 0 ? total((r) => r.revenueAttributed) / dollars : null,
    comparison: {
      label:
        'Funded above the group median vs similar partners (same tier and region) that received less',
      groups: compGroups,
      fundedGrowth: growth(pooled.fb, pooled.fa),
      lessFundedGrowth: growth(pooled.lb, pooled.la),
      note:
        k === 0
          ? `No period after ${plan.period} has data yet; the return shows once the next period is imported.`
          : OBSERVATIONAL,
    },
    rows,
  };
}
