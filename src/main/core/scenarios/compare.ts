/**
 * `scenarios.compare`: up to three saved scenarios side by side for one period. Each column is
 * the scenario's effective definition against its own baseline (tier counts, moves, mean change,
 * revenue and MDF moving up and down); the KPI shares and the partner list are read against the
 * first scenario's baseline. A scoped scenario's KPI shares are those of its scope's profile.
 */
import type { ScenarioColumn, ScenarioComparison } from '../../../shared/api/scenarios-results';
import type { ScoringService } from '../scoring/service/scoring-service';
import { planFullShares } from '../scoring/plan-composite';
import type { Workspace } from '../workspace/workspace';
import { scoreBaseline, scoreSide } from './baseline';
import { exposureByDirection, exposureColumns } from './exposure';
import {
  anyWithoutTier,
  assertAligned,
  NO_TIER,
  tierLabel,
  tierNames,
  type ScoredSide,
} from './scored-side';
import { savedScenario, scenarioRow, scenarioSummary } from './scenario-store';
import { countMoves } from './tier-diff';

const MAX_PARTNERS = 100;

export function compareScenarios(
  ws: Workspace,
  service: ScoringService,
  input: { scenarioIds: number[]; period?: string },
): ScenarioComparison {
  const t = service.periodIndex(input.period);
  const { dataset } = service.load();
  const sides = input.scenarioIds.map((id) => {
    const row = scenarioRow(ws, id);
    const { baseline, effective } = savedScenario(ws, service, row);
    return {
      summary: scenarioSummary(ws, id),
      scoped: row.scope !== null && row.scope !== undefined,
      ref: baseline.ref,
      base: scoreBaseline(service, baseline.definition, t),
      next: scoreSide(service, effective, t),
    };
  });
  const first = sides[0]!;
  const cols = exposureColumns(dataset, t, first.base.structural.rows);
  const columns = sides.map(({ summary, ref, base, next }): ScenarioColumn => {
    assertAligned(base, next);
    const a = base.weighted.tier;
    const b = next.weighted.tier;
    const diff = countMoves(a, b, base.weighted.composite, next.weighted.composite);
    return {
      scenario: summary,
      baseline: ref,
      tierCounts: tierCounts(base, next),
      moved: diff.moved,
      meanChange: diff.meanChange,
      exposure: exposureByDirection(a, b, cols),
    };
  });

  const shares = (side: ScoredSide, profile: number) => {
    const { plan } = side;
    const s = planFullShares(plan, plan.weights[profile]!);
    return new Map(plan.kpis.map((k, j) => [k.key, s[j]!]));
  };
  const baseShares = shares(first.base, 0);
  const scenarioShares = sides.map((s) => shares(s.next, s.scoped ? 1 : 0));
  const kpiInfo = new Map<string, { name: string; group: string }>();
  for (const side of [first.base, ...sides.map((s) => s.next)]) {
    side.plan.kpis.forEach((k, j) => {
      if (!kpiInfo.has(k.key))
        kpiInfo.set(k.key, { name: k.def.name, group: side.plan.groups[side.plan.groupOf[j]!]! });
    });
  }
  const weights = [...kpiInfo].map(([kpi, info]) => ({
    kpi,
    ...info,
    baseline: baseShares.get(kpi) ?? 0,
    scenarios: scenarioShares.map((s) => s.get(kpi) ?? 0),
  }));

  const { partners, partnersTotal } = differingPartners(
    dataset.partners,
    first.base,
    sides.map((s) => s.next),
  );
  const period = first.base.structural.period;
  return {
    period: { key: period.key, label: period.label },
    columns,
    weights,
    partners,
    partnersTotal,
  };
}

/** Partners per tier position, lowest first ("No tier" first when someone has none). */
function tierCounts(base: ScoredSide, next: ScoredSide): ScenarioColumn['tierCounts'] {
  const a = base.weighted.tier;
  const b = next.weighted.tier;
  const baseNames = tierNames(base);
  const nextNames = tierNames(next);
  const L = Math.max(baseNames.length, nextNames.length);
  const out = Array.from({ length: L + 1 }, (_, j) => ({
    tier: j === 0 ? NO_TIER : (nextNames[j - 1] ?? baseNames[j - 1]!),
    before: 0,
    after: 0,
  }));
  for (let i = 0; i < a.length; i++) {
    out[a[i]! + 1]!.before++;
    out[b[i]! + 1]!.after++;
  }
  return anyWithoutTier(a, b) ? out : out.slice(1);
}

function differingPartners(
  partners: { id: Int32Array; externalId: string[]; name: string[] },
  base: ScoredSide,
  scenarios: ScoredSide[],
): Pick<ScenarioComparison, 'partners' | 'partnersTotal'> {
  const rows = base.structural.rows;
  const baseTier = base.weighted.tier;
  const found: { i: number; spread: number; scoreSpread: number }[] = [];
  for (let i = 0; i < baseTier.length; i++) {
    let lo = baseTier[i]!;
    let hi = lo;
    let sLo = base.weighted.composite[i]!;
    let sHi = sLo;
    for (const s of scenarios) {
      const t = s.weighted.tier[i]!;
      if (t < lo) lo = t;
      if (t > hi) hi = t;
      const c = s.weighted.composite[i]!;
      if (c < sLo || Number.isNaN(sLo)) sLo = c;
      if (c > sHi || Number.isNaN(sHi)) sHi = c;
    }
    if (hi === lo) continue;
    const scoreSpread = sHi - sLo;
    found.push({ i, spread: hi - lo, scoreSpread: Number.isNaN(scoreSpread) ? 0 : scoreSpread });
  }
  found.sort(
    (x, y) =>
      y.spread - x.spread ||
      y.scoreSpread - x.scoreSpread ||
      partners.id[rows[x.i]!]! - partners.id[rows[y.i]!]!,
  );
  const baseNames = tierNames(base);
  const orNull = (x: number) => (Number.isNaN(x) ? null : x);
  return {
    partners: found.slice(0, MAX_PARTNERS).map(({ i }) => ({
      partnerId: partners.id[rows[i]!]!,
      externalId: partners.externalId[rows[i]!]!,
      name: partners.name[rows[i]!]!,
      baselineTier: tierLabel(baseNames, baseTier[i]!),
      tiers: scenarios.map((s) => tierLabel(tierNames(s), s.weighted.tier[i]!)),
      scores: scenarios.map((s) => orNull(s.weighted.composite[i]!)),
    })),
    partnersTotal: found.length,
  };
}
