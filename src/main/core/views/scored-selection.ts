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
import { ViewCache } from './view-cache';

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

/**
 * The engine caches a period's weight-independent half; the weighted half (composite, ranks,
 * tiers for 10 000 partners, tens of milliseconds) is kept here, per data and definition.
 */
const periodScores = new ViewCache<PeriodScores>();

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
  let ps = periodScores.get(dataset, key);
  if (!ps) {
    ps = service.score(plan, t);
    periodScores.set(dataset, key, ps);
  }
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
