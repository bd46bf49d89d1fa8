/**
 * What every benchmark computation reads: the scoring engine's dataset and formula data (loaded
 * once and cached by the engine's own service) and the methodology plan, for its KPIs and scores.
 */
import type { MethodologyRef } from '../../../shared/api/scoring-results';
import type { ScoringDataset } from '../scoring/dataset';
import type { DatasetFormulaData } from '../scoring/dataset-formula-data';
import type { MethodologyPlan } from '../scoring/plan';
import { scoringService, type ScoringService } from '../scoring/service/scoring-service';
import { resolveMethodology } from '../scoring/views/resolve-methodology';
import type { Workspace } from '../workspace/workspace';

export interface BenchmarkContext {
  ws: Workspace;
  service: ScoringService;
  dataset: ScoringDataset;
  data: DatasetFormulaData;
  plan: MethodologyPlan;
  methodology: MethodologyRef;
  loadMs: number;
}

export interface MethodologyChoice {
  methodologyId?: number;
  version?: number;
}

export function benchmarkContext(ws: Workspace, choice: MethodologyChoice = {}): BenchmarkContext {
  const service = scoringService(ws);
  const resolved = resolveMethodology(ws, service, choice);
  const plan = service.plan(resolved.definition);
  const { dataset, data, loadMs } = service.load();
  return { ws, service, dataset, data, plan, methodology: resolved.ref, loadMs };
}

/** Period index of a key (default: the latest), with the engine's own error messages. */
export function periodOf(ctx: BenchmarkContext, key: string | undefined): number {
  return ctx.service.periodIndex(key);
}
