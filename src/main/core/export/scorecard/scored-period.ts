/**
 * The scores a scorecard is drawn from: a methodology (saved, by id and version, else the usual
 * one) applied to one period with the scoring engine's own service. The result (and the previous
 * period's scores, for KPI moves) is kept per dataset and definition, so the next partner of a
 * batch reuses it instead of re-weighting every partner again.
 */
import type { MethodologyRef } from '../../../../shared/api/scoring-results';
import type { ScoringDataset } from '../../scoring/dataset';
import type { DatasetFormulaData } from '../../scoring/dataset-formula-data';
import type { MethodologyPlan } from '../../scoring/plan';
import type { PeriodScores } from '../../scoring/score-period';
import { scoringService, type ScoringService } from '../../scoring/service/scoring-service';
import type { TrendSeries } from '../../scoring/trend';
import { canonicalJson } from '../../scoring/versions/canonical-json';
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
  /** The previous period's scores (computed on first use). */
  previous(): PeriodScores | null;
}

export function scoredPeriod(ws: Workspace, selection: ScoreSelection): ScoredPeriod {
  const service = scoringService(ws);
  const resolved = resolveMethodology(ws, service, {
    methodologyId: selection.methodologyId,
    version: selection.version,
  });
  const t = service.periodIndex(selection.period);
  const { dataset, data } = service.load();
  const key = `${t}|${JSON.stringify(resolved.ref)}|${canonicalJson(resolved.definition)}`;
  return service.memo(
    'scorecard.scoredPeriod',
    key,
    () => {
      const plan = service.plan(resolved.definition);
      let previous: PeriodScores | null | undefined;
      const scored: ScoredPeriod = {
        service,
        ref: resolved.ref,
        plan,
        dataset,
        data,
        t,
        ps: service.score(plan, t),
        trend: service.trend(plan),
        previous: () => (previous ??= t > 0 ? service.score(plan, t - 1) : null),
      };
      return scored;
    },
    8,
  );
}
