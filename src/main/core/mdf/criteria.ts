/**
 * The allocation criterion: one score 0–100 per partner that the plan's pool is shared in
 * proportion to. Contribution is the partner's revenue over the last four periods and its
 * composite score; potential is revenue growth (last four periods against the four before),
 * pipeline coverage (open pipeline ÷ the period's revenue target, or ÷ average period revenue
 * when there is no target) and closeness to the next tier (100 at the threshold, 0 at
 * `headroomWindow` points or more below it, 0 for the top tier). Revenue, growth and coverage
 * count as their percentile rank among the eligible partners (so no outlier dominates and units
 * do not matter); the score and closeness are already 0–100. The criterion is the weighted mean
 * of the five; a missing figure counts as 0.
 */
import type { MdfCriterionWeights } from '../../../shared/api/mdf';

export interface PartnerFacts {
  composite: number;
  revenue: number;
  growth: number;
  pipelineCoverage: number;
  /** Points of composite below the next tier's minimum; NaN at the top tier or unscored. */
  gapToNextTier: number;
}

export interface CriterionPoints {
  revenue: number;
  score: number;
  growth: number;
  pipeline: number;
  headroom: number;
  criterion: number;
}

export const DEFAULT_HEADROOM_WINDOW = 15;

/** Percentile rank 0–100 of each value among the finite ones (ties share the mid rank). */
export function percentileRanks(values: readonly number[]): number[] {
  const finite = values
    .map((v, i) => ({ v, i }))
    .filter((x) => Number.isFinite(x.v))
    .sort((a, b) => a.v - b.v);
  const out = values.map(() => 0);
  const m = finite.length;
  if (m === 0) return out;
  if (m === 1) {
    out[finite[0]!.i] = 100;
    return out;
  }
  for (let a = 0; a < m;) {
    let b = a;
    while (b + 1 < m && finite[b + 1]!.v === finite[a]!.v) b++;
    const rank = ((a + b) / 2 / (m - 1)) * 100;
    for (let k = a; k <= b; k++) out[finite[k]!.i] = rank;
    a = b + 1;
  }
  return out;
}

export function closeness(gap: number, window = DEFAULT_HEADROOM_WINDOW): number {
  if (!Number.isFinite(gap)) return 0;
  return Math.max(0, Math.min(100, 100 * (1 - Math.max(0, gap) / window)));
}

export function criterionPoints(
  facts: readonly PartnerFacts[],
  weights: MdfCriterionWeights,
  headroomWindow = DEFAULT_HEADROOM_WINDOW,
): CriterionPoints[] {
  const revenue = percentileRanks(facts.map((f) => f.revenue));
  const growth = percentileRanks(facts.map((f) => f.growth));
  const pipeline = percentileRanks(facts.map((f) => f.pipelineCoverage));
  const total =
    weights.revenue + weights.score + weights.growth + weights.pipeline + weights.headroom;
  return facts.map((f, i) => {
    const p = {
      revenue: revenue[i]!,
      score: Number.isFinite(f.composite) ? Math.max(0, Math.min(100, f.composite)) : 0,
      growth: growth[i]!,
      pipeline: pipeline[i]!,
      headroom: closeness(f.gapToNextTier, headroomWindow),
    };
    const criterion =
      total > 0
        ? (p.revenue * weights.revenue +
            p.score * weights.score +
            p.growth * weights.growth +
            p.pipeline * weights.pipeline +
            p.headroom * weights.headroom) /
          total
        : 0;
    return { ...p, criterion };
  });
}
