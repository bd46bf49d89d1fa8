/**
 * `whatif.run`: a weighting scored against its baseline for one period. The baseline's scores
 * come from a cache and the scenario's from the engine's weight-only fast path whenever only
 * weights or tier thresholds changed, so a slider move is one weighted rescore plus the diff.
 */
import type { z } from 'zod';
import type { scenarioInputSchema } from '../../../shared/api/scenarios';
import type { WhatIfResult } from '../../../shared/api/scenarios-results';
import type { MethodologyDefinition } from '../../../shared/api/scoring-methodology';
import type { ScoringService } from '../scoring/service/scoring-service';
import type { Workspace } from '../workspace/workspace';
import { resolveBaseline, scopeValues, scoreBaseline, scoreSide, type Baseline } from './baseline';
import { effectiveDefinition } from './effective-definition';
import type { ScoredSide } from './scored-side';
import { whatIfDiff } from './whatif-diff';

/** The parsed input of a what-if call. */
export type WhatIfInput = z.output<typeof scenarioInputSchema>;

export interface PreparedScenario {
  baseline: Baseline;
  effective: MethodologyDefinition;
  t: number;
}

/** Resolves the baseline, the period and the effective definition of a scenario. */
export function prepareScenario(
  ws: Workspace,
  service: ScoringService,
  input: WhatIfInput,
): PreparedScenario {
  const baseline = resolveBaseline(ws, service, input.baseline);
  const { dataset } = service.load();
  const effective = effectiveDefinition(
    baseline.definition,
    input.definition,
    input.scope ?? null,
    scopeValues(dataset),
  );
  return { baseline, effective, t: service.periodIndex(input.period) };
}

/** Both sides scored: the baseline (cached) and the effective definition. */
export function scorePrepared(
  service: ScoringService,
  prepared: PreparedScenario,
): { base: ScoredSide; next: ScoredSide; fastPath: boolean } {
  const base = scoreBaseline(service, prepared.baseline.definition, prepared.t);
  // Compared by composite, rank and tier only (whatif-diff.ts): no group scores to allocate.
  const next = scoreSide(service, prepared.effective, prepared.t, true);
  return { base, next, fastPath: next.fastPath };
}

export function runWhatIf(
  ws: Workspace,
  service: ScoringService,
  input: WhatIfInput & { movers: number },
): WhatIfResult {
  const started = performance.now();
  const prepared = prepareScenario(ws, service, input);
  const { base, next, fastPath } = scorePrepared(service, prepared);
  const { dataset } = service.load();
  const diff = whatIfDiff(dataset, base, next, { movers: input.movers });
  const period = base.structural.period;
  return {
    baseline: prepared.baseline.ref,
    period: { key: period.key, label: period.label },
    scope: input.scope ?? null,
    ...diff,
    engineMs: performance.now() - started,
    fastPath,
  };
}
