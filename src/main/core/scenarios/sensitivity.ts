/**
 * `whatif.sensitivity`: how robust each partner's tier is to the exact weights. The effective
 * definition is scored once (the reference tiers); then N seeded samples perturb every weight
 * and re-tier everyone with the lean kernel. Runs in slices of about 30 ms, yielding to the event
 * loop between them (other API calls and the HTTP host stay responsive), reporting progress and
 * stopping early when the job is cancelled. Samples are drawn in a fixed order from one seeded
 * generator, so a seed gives the same result however the run is sliced.
 */
import type { EventMap } from '../../../shared/api/events';
import type { SensitivityResult } from '../../../shared/api/scenarios-results';
import { Rng } from '../demo/random';
import type { ScoringService } from '../scoring/service/scoring-service';
import type { Workspace } from '../workspace/workspace';
import { scoreSide } from './baseline';
import { perturbWeights, weightScratch } from './perturb-weights';
import { buildKernel, sampleTiers } from './sensitivity-kernel';
import { summariseStability, TierTally } from './sensitivity-tally';
import { prepareScenario, type WhatIfInput } from './whatif-run';

export interface SensitivityOptions {
  jobId: string;
  perturbation: number;
  samples: number;
  seed: number;
  knifeEdgeBelow: number;
  limit: number;
}

export interface SensitivityHooks {
  progress: (event: EventMap['progress']) => void;
  signal: AbortSignal;
  /** Time between yields to the event loop. */
  sliceMs?: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function sensitivityLabel(done: number, total: number): string {
  return `Sensitivity: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} samples`;
}

export async function runSensitivity(
  ws: Workspace,
  service: ScoringService,
  input: WhatIfInput & SensitivityOptions,
  hooks: SensitivityHooks,
): Promise<SensitivityResult> {
  const started = performance.now();
  const prepared = prepareScenario(ws, service, input);
  const { plan, structural, weighted } = scoreSide(service, prepared.effective, prepared.t);
  const { dataset } = service.load();
  await yieldToEventLoop();
  const tiers = plan.definition.tiers;
  const kernel = buildKernel(
    plan,
    structural.scores,
    weighted.profileOf,
    tiers,
    structural.rawByKey,
  );
  await yieldToEventLoop();
  const tally = new TierTally(kernel.n, tiers.length);
  const rng = new Rng(input.seed);
  const scratch = weightScratch(plan.weights);
  const sampleTier = new Int8Array(kernel.n);
  const total = input.samples;
  const sliceMs = hooks.sliceMs ?? 30;
  const report = (finished: boolean) =>
    hooks.progress({
      task: 'sensitivity',
      label: sensitivityLabel(tally.samples, total),
      done: tally.samples,
      total,
      ...(finished ? { finished: true } : {}),
    });

  report(false);
  let sliceStart = performance.now();
  while (tally.samples < total && !hooks.signal.aborted) {
    perturbWeights(plan.weights, rng, input.perturbation, scratch);
    sampleTiers(kernel, scratch, sampleTier);
    tally.add(sampleTier);
    if (tally.samples < total && performance.now() - sliceStart >= sliceMs) {
      report(false);
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  report(true);

  const summary = summariseStability(
    dataset,
    structural.rows,
    tally,
    weighted.tier,
    weighted.composite,
    tiers,
    input,
  );
  return {
    jobId: input.jobId,
    period: { key: structural.period.key, label: structural.period.label },
    perturbation: input.perturbation,
    samples: total,
    seed: input.seed,
    completed: tally.samples,
    cancelled: tally.samples < total,
    ...summary,
    knifeEdgeBelow: input.knifeEdgeBelow,
    ms: performance.now() - started,
  };
}
