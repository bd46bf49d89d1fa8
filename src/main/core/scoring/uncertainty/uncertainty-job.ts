/**
 * `whatif.uncertainty`: the uncertainty analysis of the weighting on the What-if page (the
 * scenario's effective definition, for one period), reported per partner and per choice.
 */
import type { EventMap } from '../../../../shared/api/events';
import type {
  UncertaintyFactor,
  UncertaintyPartner,
  UncertaintyResult,
} from '../../../../shared/api/diagnostics-results';
import { scoreSide } from '../../scenarios/baseline';
import { prepareScenario, type WhatIfInput } from '../../scenarios/whatif-run';
import type { Workspace } from '../../workspace/workspace';
import type { ScoringService } from '../service/scoring-service';
import { buildUncertaintyModel } from './build-model';
import { factorLevels } from './model';
import { quantile } from './rank-tally';
import { runUncertainty } from './run-uncertainty';

export interface UncertaintyJobInput extends WhatIfInput {
  jobId: string;
  samples: number;
  seed: number;
  perturbation: number;
  factors: UncertaintyFactor[];
  limit: number;
}

export interface UncertaintyJobHooks {
  progress: (event: EventMap['progress']) => void;
  signal: AbortSignal;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function uncertaintyLabel(done: number, total: number): string {
  return `Uncertainty: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} samples`;
}

export async function runUncertaintyJob(
  ws: Workspace,
  service: ScoringService,
  input: UncertaintyJobInput,
  hooks: UncertaintyJobHooks,
): Promise<UncertaintyResult> {
  const started = performance.now();
  const prepared = prepareScenario(ws, service, input);
  const { plan, structural, weighted } = scoreSide(service, prepared.effective, prepared.t);
  const { dataset } = service.load();
  await yieldToEventLoop();
  const model = buildUncertaintyModel(plan, dataset, structural, weighted);
  // The listed partners: best nominal rank first, then dataset order.
  const order = Array.from(weighted.rank.keys())
    .filter((i) => weighted.rank[i]! > 0)
    .sort((a, b) => weighted.rank[a]! - weighted.rank[b]! || a - b);
  const listed = Int32Array.from(order.slice(0, input.limit));
  const run = await runUncertainty(
    model,
    { ...input, listed },
    {
      signal: hooks.signal,
      progress: (done, total, finished) =>
        hooks.progress({
          task: 'uncertainty',
          label: uncertaintyLabel(done, total),
          done,
          total,
          ...(finished ? { finished: true } : {}),
        }),
    },
  );
  const tiers = plan.definition.tiers;
  const completed = run.completed;
  const partners: UncertaintyPartner[] = Array.from(listed, (row, x) => {
    const q = run.tally.quantiles(x);
    const t = weighted.tier[row]!;
    const p = structural.rows[row]!;
    return {
      partnerId: dataset.partners.externalId[p]!,
      name: dataset.partners.name[p]!,
      nominalRank: weighted.rank[row]!,
      medianRank: q.median,
      lowRank: q.low,
      highRank: q.high,
      tier: t >= 0 ? tiers[t]!.name : null,
      keepTier: completed > 0 ? run.tally.keep[row]! / completed : 0,
    };
  });
  let keepSum = 0;
  for (const i of order) keepSum += completed > 0 ? run.tally.keep[i]! / completed : 0;
  let shiftSum = 0;
  for (const s of run.shifts) shiftSum += s;
  const widths = Float64Array.from(partners, (p) => p.highRank - p.lowRank).sort();
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  return {
    jobId: input.jobId,
    period: { key: structural.period.key, label: structural.period.label },
    seed: input.seed,
    samples: run.planned,
    base: run.base,
    completed,
    cancelled: completed < run.planned,
    scored: order.length,
    partners,
    meanRankShift: completed > 0 ? shiftSum / completed : 0,
    medianIntervalWidth: widths.length > 0 ? quantile(widths, 0.5) : 0,
    meanKeepTier: order.length > 0 ? keepSum / order.length : 0,
    indices: run.factors.map((factor, i) => ({
      factor,
      levels: factorLevels(model, factor, input.perturbation),
      first: finite(run.first[i]!),
      total: finite(run.total[i]!),
    })),
    ms: performance.now() - started,
  };
}
