import { describe, expect, it } from 'vitest';
import type {
  MethodologyDefinitionInput,
  MissingDataPolicy,
} from '../../../src/shared/api/scoring-methodology';
import {
  compileMethodology,
  knownMeasures,
} from '../../../src/main/core/scoring/compile-methodology';
import { scorePeriod } from '../../../src/main/core/scoring/score-period';
import { makeDataset, passthroughKpi } from '../../helpers/scoring-dataset';

/**
 * Three KPIs whose score equals their raw value (min–max fixed to 0–100): k1 (weight 1) and k2
 * (weight 3) in group revenue (60), k3 (weight 1) in group pipeline (40). Partner 0 has no k2;
 * partners 1–3 have k2 = 40, 70, 100.
 */
function methodology(policy: MissingDataPolicy): MethodologyDefinitionInput {
  const identity = { kind: 'minmax' as const, min: 0, max: 100 };
  return {
    groupWeights: { revenue: 60, pipeline: 40 },
    kpis: [
      { kpi: 'k1', weight: 1, normaliser: identity },
      { kpi: 'k2', weight: 3, normaliser: identity },
      { kpi: 'k3', weight: 1, normaliser: identity },
    ],
    customKpis: [
      passthroughKpi('k1'),
      passthroughKpi('k2'),
      { ...passthroughKpi('k3'), category: 'pipeline' },
    ],
    missingData: { policy, minCoverage: 0.7 },
    tiers: [{ name: 'Registered', minScore: 0 }],
  };
}

const ds = makeDataset({
  partners: 4,
  periods: ['2025-Q1'],
  values: { k1: [[80, 0, 0, 0]], k2: [[null, 40, 70, 100]], k3: [[50, 0, 0, 0]] },
});

function partner0(policy: MissingDataPolicy) {
  const plan = compileMethodology(methodology(policy), knownMeasures(['k1', 'k2', 'k3']));
  const { weighted: w } = scorePeriod(plan, ds, 0);
  const n = 4;
  return {
    composite: w.composite[0],
    contributions: [0, 1, 2].map((k) => w.contributions[k * n]),
    groups: [0, 1].map((g) => w.groupScores[g * n]),
    coverage: w.coverage[0],
  };
}

describe('missing-data policies (hand-computed)', () => {
  it('re-weight: k2 drops out, its group keeps its weight through k1', () => {
    // revenue = 80; composite = 0.6 × 80 + 0.4 × 50 = 68.
    const r = partner0('reweight');
    expect(r.composite).toBeCloseTo(68, 12);
    expect(r.contributions[0]).toBeCloseTo(48, 12);
    expect(r.contributions[1]).toBe(0);
    expect(r.contributions[2]).toBeCloseTo(20, 12);
    expect(r.groups).toEqual([80, 50]);
    // Coverage: k2 carried 0.6 × 3/4 = 0.45 of the weight.
    expect(r.coverage).toBeCloseTo(0.55, 12);
  });

  it('zero: k2 counts as 0', () => {
    // revenue = (80 + 3 × 0) / 4 = 20; composite = 0.6 × 20 + 0.4 × 50 = 32.
    const r = partner0('zero');
    expect(r.composite).toBeCloseTo(32, 12);
    expect(r.groups[0]).toBeCloseTo(20, 12);
    expect(r.coverage).toBeCloseTo(0.55, 12);
  });

  it('peer median: k2 gets the median of its peers (70)', () => {
    // revenue = (80 + 3 × 70) / 4 = 72.5; composite = 0.6 × 72.5 + 0.4 × 50 = 63.5.
    const r = partner0('peer_median');
    expect(r.composite).toBeCloseTo(63.5, 12);
    expect(r.contributions[1]).toBeCloseTo(0.6 * 0.75 * 70, 12);
    expect(r.coverage).toBeCloseTo(0.55, 12);
  });

  it('re-weights across groups when a whole group is missing', () => {
    const gap = makeDataset({
      partners: 2,
      periods: ['2025-Q1'],
      values: { k1: [[80, 10]], k2: [[60, 10]], k3: [[null, 10]] },
    });
    const plan = compileMethodology(methodology('reweight'), knownMeasures(['k1', 'k2', 'k3']));
    const { weighted: w } = scorePeriod(plan, gap, 0);
    // Only the revenue group remains: (80 + 3 × 60) / 4 = 65.
    expect(w.composite[0]).toBeCloseTo(65, 12);
    expect(w.coverage[0]).toBeCloseTo(0.6, 12);
    expect(Number.isNaN(w.groupScores[1 * 2 + 0]!)).toBe(true);
  });
});
