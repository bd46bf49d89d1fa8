/**
 * The shared selection (methodology, version, period) resolved and scored with the scoring
 * engine's own service, whose caches make a repeated request a lookup.
 */
import type { ViewSelection } from '../../../shared/api/views';
import type { MethodologyRef } from '../../../shared/api/scoring-results';
import type { ScoringDataset } from '../scoring/dataset';
import type { DatasetFormulaData } from '../scoring/dataset-formula-data';
import type { MethodologyPlan } from '../scoring/plan';
import type { PeriodScores } from '../scoring/score-period';
import { scoringService, type ScoringService } from '../scoring/service/scoring-service';
import type { TrendSeries } from '../scoring/trend';
import { canonicalJson } from '../scoring/versions/canonical-json';
import { resolveMethodology } from '../scoring/views/resolve-methodology';
import type { Workspace } from '../workspace/workspace';

export interface ScoredSelection {
  service: ScoringService;
  ref: MethodologyRef;
  plan: MethodologyPlan;
  dataset: ScoringDataset;
  data: DatasetFormulaData;
  t: number;
  ps: PeriodScores;
  trend: TrendSeries;
  /** Identifies the methodology definition and period (with `dataset` identity: the data). */
  key: string;
}

export function scoreSelection(ws: Workspace, selection: ViewSelection): ScoredSelection {
  const service = scoringService(ws);
  const resolved = resolveMethodology(ws, service, {
    methodologyId: selection.methodologyId,
    version: selection.version,
  });
  const plan = service.plan(resolved.definition);
  const t = service.periodIndex(selection.period);
  const { dataset, data } = service.load();
  const key = `${t}|${canonicalJson(resolved.definition)}`;
  // The engine caches a period's weight-independent half; the weighted half (composite, ranks,
  // tiers for 10 000 partners, tens of milliseconds) is kept in the scoring context's memo.
  const ps: PeriodScores = service.memo('view.periodScores', key, () => service.score(plan, t), 8);
  const trend = service.trend(plan);
  return {
    service,
    ref: resolved.ref,
    plan,
    dataset,
    data,
    t,
    ps,
    trend,
    key,
  };
}
