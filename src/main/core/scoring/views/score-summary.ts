/** The distribution of one period's scores: mean, median, 5-point histogram, tier and segment counts. */
import { SEGMENTS, type Segment } from '../../../../shared/api/scoring-methodology';
import type { ScoreSummary } from '../../../../shared/api/scoring-results';
import { median } from '../missing-data';
import type { MethodologyPlan } from '../plan';
import type { PeriodScores } from '../score-period';
import { gateBlocks } from '../tier-reachability';

export function scoreSummary(plan: MethodologyPlan, ps: PeriodScores): ScoreSummary {
  const { weighted: w, structural: s } = ps;
  const present = w.composite.filter((x) => !Number.isNaN(x)).sort();
  const histogram = new Array<number>(20).fill(0);
  for (const x of present) histogram[Math.min(19, Math.floor(x / 5))]! += 1;
  const tierCount = plan.definition.tiers.length;
  const histogramByTier = Array.from({ length: tierCount + 1 }, () =>
    new Array<number>(20).fill(0),
  );
  w.composite.forEach((x, i) => {
    if (Number.isNaN(x)) return;
    const t = w.tier[i]!;
    histogramByTier[t >= 0 ? t : tierCount]![Math.min(19, Math.floor(x / 5))]! += 1;
  });
  const tierCounts: Record<string, number> = Object.fromEntries(
    plan.definition.tiers.map((t) => [t.name, 0]),
  );
  w.tier.forEach((t) => {
    const name = plan.definition.tiers[t]?.name;
    if (name) tierCounts[name] = (tierCounts[name] ?? 0) + 1;
  });
  const segmentCounts = Object.fromEntries(SEGMENTS.map((x) => [x, 0])) as Record<Segment, number>;
  s.segments.segment.forEach((x) => (segmentCounts[SEGMENTS[x]!] += 1));
  const minCoverage = plan.definition.missingData.minCoverage;
  return {
    scored: present.length,
    mean: present.length ? present.reduce((a, b) => a + b, 0) / present.length : null,
    median: present.length ? median(present) : null,
    histogram,
    histogramByTier,
    tierCounts,
    segmentCounts,
    lowCoverage: w.coverage.filter((c) => c < minCoverage).length,
    gateBlocks: gateBlocks(plan, ps),
  };
}
