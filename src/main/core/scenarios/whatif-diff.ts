/**
 * The diff of a scenario against its baseline for one period, from both sides' scores: tier
 * migration matrix, moves, mean change, distributions with both threshold lists, movers with
 * their driving KPI, and exposure per tier. Pure: the data is passed in, nothing is read.
 */
import type { WhatIfResult } from '../../../shared/api/scenarios-results';
import type { ScoringDataset } from '../scoring/dataset';
import { exposureColumns, tierExposure, type ExposureColumns } from './exposure';
import { binEdges, scoreHistogram } from './histogram';
import { selectMovers } from './movers';
import { anyWithoutTier, assertAligned, tierNames, type ScoredSide } from './scored-side';
import { tierDiff } from './tier-diff';

export type WhatIfDiff = Omit<
  WhatIfResult,
  'baseline' | 'period' | 'scope' | 'engineMs' | 'fastPath'
>;

export function whatIfDiff(
  ds: ScoringDataset,
  base: ScoredSide,
  next: ScoredSide,
  options: { movers: number; exposure?: ExposureColumns },
): WhatIfDiff {
  assertAligned(base, next);
  const a = base.weighted;
  const b = next.weighted;
  const withNone = anyWithoutTier(a.tier, b.tier);
  const baseNames = tierNames(base);
  const nextNames = tierNames(next);
  const diff = tierDiff(a.tier, b.tier, baseNames, nextNames, a.composite, b.composite, withNone);
  const cols = options.exposure ?? exposureColumns(ds, base.structural.t, base.structural.rows);
  const thresholds = (side: ScoredSide) =>
    side.plan.definition.tiers.map((t) => ({ tier: t.name, minScore: t.minScore }));
  return {
    partners: a.tier.length,
    ...diff,
    distribution: {
      binEdges: binEdges(),
      before: scoreHistogram(a.composite),
      after: scoreHistogram(b.composite),
      thresholdsBefore: thresholds(base),
      thresholdsAfter: thresholds(next),
    },
    movers: selectMovers(ds, base, next, options.movers),
    exposure: tierExposure(a.tier, b.tier, nextNames, cols, withNone),
    exposureMeasures: cols.measures,
  };
}
