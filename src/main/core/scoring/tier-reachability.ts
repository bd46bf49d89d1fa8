/**
 * Tiers nobody can reach: for every gate of every tier, how many partners score enough for the
 * tier but stay below it because of that gate, and whether any partner meets the gate at all.
 * A gate on a KPI the workspace has no data for (certifications never imported) can never be
 * met, so the tier above it is empty whatever the scores say; this is what the pages warn about.
 */
import type { GateBlock } from '../../../shared/api/scoring-results';
import type { MethodologyPlan } from './plan';
import { planKpi } from './plan';
import type { PeriodScores } from './score-period';
import { gatePasses } from './tiers';

/** Gates that block at least one partner, or that no partner meets (highest tier first). */
export function gateBlocks(plan: MethodologyPlan, ps: PeriodScores): GateBlock[] {
  const { weighted: w, structural: s } = ps;
  const tiers = plan.definition.tiers;
  const n = w.composite.length;
  const out: GateBlock[] = [];
  tiers.forEach((tier, j) => {
    for (const gate of tier.gates) {
      const raw = s.rawByKey.get(gate.kpi);
      let meeting = 0;
      let withData = 0;
      let blocked = 0;
      for (let i = 0; i < n; i++) {
        const v = raw ? raw[i]! : NaN;
        if (!Number.isNaN(v)) withData += 1;
        const passes = gatePasses(gate, v);
        if (passes) meeting += 1;
        const c = w.composite[i]!;
        if (!passes && !Number.isNaN(c) && c >= tier.minScore && w.tier[i]! < j) blocked += 1;
      }
      if (blocked === 0 && meeting > 0) continue;
      const kpi = planKpi(plan, gate.kpi)?.def;
      out.push({
        tier: tier.name,
        tierIndex: j,
        kpi: gate.kpi,
        kpiName: kpi?.name ?? gate.kpi,
        unit: kpi?.unit ?? 'number',
        op: gate.op,
        value: gate.value,
        blocked,
        meeting,
        withData,
        unreachable: meeting === 0,
      });
    }
  });
  return out.sort((a, b) => b.tierIndex - a.tierIndex || b.blocked - a.blocked);
}
