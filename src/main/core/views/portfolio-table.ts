/** Every partner of a period as one compact columnar table for the Portfolio page. */
import type { PortfolioTable } from '../../../shared/api/views';
import { measureColumn } from '../scoring/dataset';
import { planKpi } from '../scoring/plan';
import { scoreTable } from '../scoring/views/score-table';
import type { Workspace } from '../workspace/workspace';
import { managersById } from './partner-directory';
import { round, roundSignificant } from './round';
import type { ScoredSelection } from './scored-selection';
import { sparklines } from './sparklines';
import { tierHistory } from './tier-history';

export function portfolioTable(
  ws: Workspace,
  s: ScoredSelection,
  currency: string,
): Omit<PortfolioTable, 'timings'> {
  const { plan, dataset: ds, ps, trend } = s;
  const table = scoreTable(plan, ds, ps, {
    methodology: s.ref,
    detail: 'values',
    trend,
    timings: { loadMs: 0, scoreMs: 0 },
  });
  const rows = ps.structural.rows;
  const rules = plan.definition.segments;
  const managers = managersById(ws.sqlite);
  const revenueIndex = ds.measures.findIndex((m) => m.key === 'revenue');
  const revenueColumn = revenueIndex >= 0 ? measureColumn(ds, revenueIndex, s.t) : null;
  const attainment = ps.structural.rawByKey.get(rules.attainmentKpi);
  const r1 = (x: number | null) => (x === null ? null : round(x, 1));
  const r2 = (x: number | null) => (x === null ? null : round(x, 2));

  return {
    methodology: table.methodology,
    period: table.period,
    periods: table.periods,
    currency,
    groups: table.groups,
    kpis: table.kpis,
    tiers: plan.definition.tiers.map((t) => ({ name: t.name, minScore: t.minScore })),
    quadrant: {
      attainmentName: planKpi(plan, rules.attainmentKpi)?.def.name ?? rules.attainmentKpi,
      growAt: rules.growAt,
      engagedAt: rules.engagedAt,
    },
    summary: table.summary,
    tierHistory: tierHistory(trend, table.tiers),
    partnerId: table.partnerId,
    externalId: table.externalId,
    name: table.name,
    type: table.type,
    region: table.region,
    manager: table.partnerId.map((id) => managers.get(id) ?? null),
    programTier: Array.from(rows, (p) => ds.partners.tier[p] ?? null),
    composite: table.composite.map(r2),
    tier: table.tier,
    segment: table.segment,
    rank: table.rank,
    change: (table.change ?? []).map(r2),
    trend: table.trend ?? [],
    coverage: table.coverage.map((c) => round(c, 3) ?? 0),
    lowCoverage: table.lowCoverage,
    groupScores: table.groupScores.map((col) => col.map(r1)),
    revenue: Array.from(rows, (p) =>
      revenueColumn ? roundSignificant(revenueColumn[p], 9) : null,
    ),
    attainment: Array.from(rows, (_, i) => roundSignificant(attainment?.[i], 4)),
    engagement: Array.from(ps.structural.engagement, (x) => round(x, 1)),
    kpiRaw: (table.kpiRaw ?? []).map((col) =>
      col.map((x) => (x === null ? null : roundSignificant(x, 5))),
    ),
    sparkline: sparklines(trend, rows),
  };
}
