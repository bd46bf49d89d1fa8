/** Everything the Partner page shows, in one answer: the engine's explanation and its context. */
import type { PartnerPage } from '../../../shared/api/views';
import { AppError } from '../../../shared/errors';
import { gateBlocks } from '../scoring/tier-reachability';
import { explainPartner } from '../scoring/views/explain';
import type { Workspace } from '../workspace/workspace';
import { coverageWarnings } from './coverage-warnings';
import { kpiCube, kpiTrendsOf, type KpiCube } from './kpi-trends';
import { partnerProfile } from './partner-directory';
import { peerMedians } from './peer-medians';
import type { ScoredSelection } from './scored-selection';
import { valueSources } from './value-sources';

export function partnerPage(
  ws: Workspace,
  s: ScoredSelection,
  key: string,
  currency: string,
): Omit<PartnerPage, 'timings'> {
  const profile = partnerProfile(ws.sqlite, key);
  const explanation = explainPartner(s.plan, s.dataset, s.ps, s.trend, s.ref, profile.id);
  const row = s.dataset.partners.id.indexOf(profile.id);
  const i = s.ps.structural.rows.indexOf(row);
  if (row < 0 || i < 0)
    throw new AppError('NOT_FOUND', `${profile.name} has no score for this period.`);

  const cubeKey = s.plan.structuralKey;
  const cube: KpiCube = s.service.memo(
    'partner.kpiCube',
    cubeKey,
    () => kpiCube(s.plan, s.data),
    8,
  );
  const period = s.dataset.periods[s.t]!;
  return {
    profile,
    explanation,
    currency,
    tiers: s.plan.definition.tiers.map((t) => ({ name: t.name, minScore: t.minScore })),
    periods: s.dataset.periods.map((p) => ({ key: p.key, label: p.label })),
    gateBlocks: s.service.memo('partner.gateBlocks', s.key, () => gateBlocks(s.plan, s.ps), 8),
    peers: peerMedians(s, i),
    kpiTrends: kpiTrendsOf(s.plan, cube, row),
    coverage: coverageWarnings(explanation, profile, s.plan.definition, period.endDate),
    sources: valueSources(ws.sqlite, profile.id, period.key),
  };
}
