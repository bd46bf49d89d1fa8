/** The sensitivity kernel, the seeded perturbation and the stability summary. */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../src/main/core/demo/random';
import { compositeColumns } from '../../../src/main/core/scoring/composite';
import { perturbWeights, weightScratch } from '../../../src/main/core/scenarios/perturb-weights';
import { buildKernel, sampleTiers } from '../../../src/main/core/scenarios/sensitivity-kernel';
import {
  summariseStability,
  tierMargin,
  TierTally,
} from '../../../src/main/core/scenarios/sensitivity-tally';
import { fixtureDataset, REVENUE_HEAVY, scored } from './fixture';

const ds = fixtureDataset();

/** Baseline plus a gate on Gold, a profile for MSPs and a zero-weight KPI in it. */
const withGateAndProfile = {
  ...REVENUE_HEAVY,
  tiers: REVENUE_HEAVY.tiers!.map((t) =>
    t.name === 'Gold' ? { ...t, gates: [{ kpi: 'cert', op: 'gte' as const, value: 20 }] } : t,
  ),
  profiles: [
    {
      name: 'MSPs',
      match: { type: ['MSP'] },
      kpiWeights: { eng: 0 },
      groupWeights: { revenue: 10, enablement: 80 },
    },
  ],
};

function kernelFor(input: typeof withGateAndProfile) {
  const side = scored(ds, input);
  const { plan, structural, weighted } = side;
  const kernel = buildKernel(
    plan,
    structural.scores,
    weighted.profileOf,
    plan.definition.tiers,
    structural.rawByKey,
  );
  return { side, kernel };
}

describe('sensitivity kernel', () => {
  it('gives the engine’s composites and tiers with unperturbed weights', () => {
    const { side, kernel } = kernelFor(withGateAndProfile);
    const tiers = new Int8Array(kernel.n);
    const composite = new Float64Array(kernel.n);
    sampleTiers(kernel, side.plan.weights, tiers, composite);
    expect(Array.from(tiers)).toEqual(Array.from(side.weighted.tier));
    side.weighted.composite.forEach((c, i) => {
      if (Number.isNaN(c)) expect(composite[i]).toBeNaN();
      else expect(composite[i]).toBeCloseTo(c, 9);
    });
    // P1 (78) is held below Gold by the certification gate.
    expect(side.weighted.tier[0]).toBe(1);
    expect(kernel.patternOf[6]).toBe(-1);
  });

  it('agrees with the engine under perturbed weights too', () => {
    const { side, kernel } = kernelFor(withGateAndProfile);
    const rng = new Rng(11);
    const scratch = weightScratch(side.plan.weights);
    for (let s = 0; s < 20; s++) {
      perturbWeights(side.plan.weights, rng, 0.5, scratch);
      const composite = new Float64Array(kernel.n);
      sampleTiers(kernel, scratch, new Int8Array(kernel.n), composite);
      const engine = compositeColumns(
        side.structural.scores,
        side.structural.normalised,
        scratch,
        side.weighted.profileOf,
        side.plan.groupOf,
        side.plan.groups.length,
        false,
      ).composite;
      engine.forEach((c, i) =>
        Number.isNaN(c) ? expect(composite[i]).toBeNaN() : expect(composite[i]).toBeCloseTo(c, 9),
      );
    }
  });
});

describe('perturbWeights', () => {
  it('draws the same samples from the same seed and keeps zero weights at zero', () => {
    const { side } = kernelFor(withGateAndProfile);
    const draw = (seed: number) => {
      const rng = new Rng(seed);
      const out = weightScratch(side.plan.weights);
      return Array.from({ length: 3 }, () =>
        perturbWeights(side.plan.weights, rng, 0.2, out).map((w) => [
          Array.from(w.kpi),
          Array.from(w.group),
        ]),
      );
    };
    expect(draw(5)).toEqual(draw(5));
    expect(draw(5)).not.toEqual(draw(6));
    for (const sample of draw(5)) {
      const [, msp] = sample;
      expect(msp![0]![2]).toBe(0); // eng weighs 0 for MSPs
      sample.forEach(([kpi, group], p) => {
        kpi!.forEach((w, k) => {
          const original = side.plan.weights[p]!.kpi[k]!;
          expect(w).toBeGreaterThanOrEqual(original * 0.8 - 1e-12);
          expect(w).toBeLessThanOrEqual(original * 1.2 + 1e-12);
        });
        expect(group!.every((w) => w > 0)).toBe(true);
      });
    }
  });
});

describe('stability summary', () => {
  it('counts stability, the other tier, margins and the knife-edge list', () => {
    const side = scored(ds, REVENUE_HEAVY);
    const tiers = side.plan.definition.tiers;
    const tally = new TierTally(7, tiers.length);
    // 10 samples; P2 (33, Registered) is Silver in 4 of them, P5 (44, Silver) Registered in 1.
    for (let s = 0; s < 10; s++) {
      const t = Int8Array.from(side.weighted.tier);
      if (s < 4) t[1] = 1;
      if (s === 0) t[4] = 0;
      tally.add(t);
    }
    const summary = summariseStability(
      ds,
      side.structural.rows,
      tally,
      side.weighted.tier,
      side.weighted.composite,
      tiers,
      { knifeEdgeBelow: 0.95, limit: 10 },
    );
    expect(summary.partners).toBe(6);
    expect(summary.meanStability).toBeCloseTo((4 + 0.6 + 0.9) / 6, 12);
    expect(summary.stabilityHistogram).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0, 5]);
    expect(summary.knifeEdgeTotal).toBe(2);
    expect(summary.knifeEdge).toEqual([
      expect.objectContaining({
        externalId: 'P2',
        tier: 'Registered',
        stability: 0.6,
        otherTier: 'Silver',
        otherShare: 0.4,
        margin: -7, // 33 − 40
      }),
      expect.objectContaining({
        externalId: 'P5',
        tier: 'Silver',
        stability: 0.9,
        otherTier: 'Registered',
        otherShare: 0.1,
        margin: 4,
      }),
    ]);
    expect(summary.perTier).toEqual([
      { tier: 'Registered', partners: 1, meanStability: 0.6, knifeEdge: 1 },
      { tier: 'Silver', partners: 2, meanStability: 0.95, knifeEdge: 1 },
      { tier: 'Gold', partners: 2, meanStability: 1, knifeEdge: 0 },
      { tier: 'Platinum', partners: 1, meanStability: 1, knifeEdge: 0 },
    ]);
  });

  it('measures the margin to the nearest threshold above 0', () => {
    expect(tierMargin(44, [0, 40, 60, 80])).toBe(4);
    expect(tierMargin(57, [0, 40, 60, 80])).toBe(-3);
    expect(tierMargin(3, [0, 40])).toBe(-37);
    expect(tierMargin(NaN, [0, 40])).toBeNull();
    expect(tierMargin(10, [0])).toBeNull();
  });
});
