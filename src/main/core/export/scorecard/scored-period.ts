/**
 * The scores a scorecard is drawn from: a methodology (saved, by id and version, else the usual
 * one) applied to one period with the scoring engine's own service, whose caches make the next
 * partner of a batch a lookup.
 */
import type { MethodologyRef } from '../../../../shared/api/scoring-results';
import type { ScoringDataset } from '../../scoring/dataset';
import type { DatasetFormulaData } from '../../scoring/dataset-formula-data';
import type { MethodologyPlan } from '../../scoring/plan';
import type { PeriodScores } from '../../scoring/score-period';
import { scoringService, type ScoringService } from '../../scoring/service/scoring-service';
import type { TrendSeries } from '../../scoring/trend';
import { resolveMethodology } from '../../scoring/views/resolve-methodology';
import type { Workspace } from '../../workspace/workspace';

export interface ScoreSelection {
  period?: string;
  methodologyId?: number;
  version?: number;
}

export interface ScoredPeriod {
  service: ScoringService;
  ref: MethodologyRef;
  plan: MethodologyPlan;
  dataset: ScoringDataset;
  data: DatasetFormulaData;
  t: number;
  ps: PeriodScores;
  trend: TrendSeries;
}

export function scoredPeriod(ws: Workspace, selection: ScoreSelection): ScoredPeriod {
  const service = scoringService(ws);
  const resolved = resolveMethodology(ws, service, {
    methodologyId: selection.methodologyId,
    version: selection.version,
  });
  const plan = service.plan(resolved.definition);
  const t = service.periodIndex(selection.period);
  const ps = service.score(plan, t);
  const trend = service.trend(plan);
  const { dataset, data } = service.load();
  return { service, ref: resolved.ref, plan, dataset, data, t, ps, trend };
}
