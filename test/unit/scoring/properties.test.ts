/**
 * Properties of the composite over random datasets and methodologies: bounded, exactly the sum
 * of its contributions, invariant to scaling the weights, and never lowered by improving one KPI
 * under a monotone normaliser.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KPI_CATEGORIES,
  type MethodologyDefinitionInput,
  type Normaliser,
} from '../../../src/shared/api/scoring-methodology';
import {
  compileMethodology,
  knownMeasures,
} from '../../../src/main/core/scoring/compile-methodology';
import { compositeColumns, rowComposite } from '../../../src/main/core/scoring/composite';
import { scorePeriod } from '../../../src/main/core/scoring/score-period';
import { makeDataset, passthroughKpi } from '../../helpers/scoring-dataset';

const normaliser: fc.Arbitrary<Normaliser> = fc.oneof(
  fc.constant<Normaliser>({ kind: 'percentile' }),
  fc.constant<Normaliser>({ kind: 'percentile', peerBy: ['type'] }),
  fc.constant<Normaliser>({ kind: 'minmax' }),
  fc.constant<Normaliser>({ kind: 'minmax', min: 10, max: 90 }),
  fc
    .double({ min: 0.5, max: 4, noNaN: true })
    .map<Normaliser>((spread) => ({ kind: 'zscore', spread })),
  fc
    .double({ min: 1, max: 2, noNaN: true })
    .map<Normaliser>((cap) => ({ kind: 'target', cap, target: 50 })),
  fc.constant<Normaliser>({ kind: 'bands', thresholds: [10, 50, 90], scores: [0, 30, 60, 100] }),
);

const value = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { freq: 5, nil: null });

const scenario = fc
  .record({ n: fc.integer({ min: 2, max: 25 }), k: fc.integer({ min: 1, max: 5 }) })
  .chain(({ n, k }) =>
    fc.record({
      values: fc.array(fc.array(value, { minLength: n, maxLength: n }), {
        minLength: k,
        maxLength: k,
      }),
      types: fc.array(fc.constantFrom('A', 'B'), { minLength: n, maxLength: n }),
      kpis: fc.array(
        fc.record({
          normaliser,
          weight: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 10, noNaN: true })),
          category: fc.constantFrom(...KPI_CATEGORIES),
          direction: fc.constantFrom<'higher' | 'lower'>('higher', 'lower'),
        }),
        { minLength: k, maxLength: k },
      ),
      groupWeights: fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), {
        minLength: 4,
        maxLength: 4,
      }),
      policy: fc.constantFrom('reweight' as const, 'zero' as const, 'peer_median' as const),
    }),
  );

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function definition(s: Scenario, scale = 1): MethodologyDefinitionInput {
  return {
    groupWeights: Object.fromEntries(KPI_CATEGORIES.map((c, i) => [c, s.groupWeights[i]! * scale])),
    kpis: s.kpis.map((k, i) => {
      // Bands list scores for "higher"; reverse them for lower-is-better KPIs to stay monotone.
      const n =
        k.normaliser.kind === 'bands' && k.direction === 'lower'
          ? { ...k.normaliser, scores: [...k.normaliser.scores].reverse() }
          : k.normaliser;
      return { kpi: `m${i}`, weight: (i === 0 ? k.weight + 0.1 : k.weight) * scale, normaliser: n };
    }),
    customKpis: s.kpis.map((k, i) => ({
      ...passthroughKpi(`m${i}`, `m${i}`, k.direction),
      category: k.category,
    })),
    missingData: { policy: s.policy, minCoverage: 0.5 },
    tiers: [
      { name: 'Registered', minScore: 0 },
      { name: 'Silver', minScore: 35 },
      { name: 'Gold', minScore: 65 },
    ],
  };
}

function score(s: Scenario, scale = 1, values = s.values) {
  const ds = makeDataset({
    partners: s.types.map((type) => ({ type })),
    periods: ['2025-Q1'],
    values: Object.fromEntries(values.map((col, i) => [`m${i}`, [col]])),
  });
  const plan = compileMethodology(
    definition(s, scale),
    knownMeasures(values.map((_, i) => `m${i}`)),
  );
  return scorePeriod(plan, ds, 0).weighted;
}

describe('composite properties', () => {
  it('stays within 0–100 and is exactly the sum of its contributions', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const w = score(s);
        const n = s.types.length;
        for (let i = 0; i < n; i++) {
          const c = w.composite[i]!;
          if (Number.isNaN(c)) continue;
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(100);
          let sum = 0;
          for (let k = 0; k < s.kpis.length; k++) sum += w.contributions[k * n + i]!;
          expect(sum).toBe(c);
        }
      }),
      { numRuns: 300, seed: 4242 },
    );
  });

  it('does not change when every weight is scaled by the same factor', () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 0.001, max: 1000, noNaN: true }), (s, factor) => {
        const a = score(s);
        const b = score(s, factor);
        a.composite.forEach((c, i) => {
          if (Number.isNaN(c)) expect(Number.isNaN(b.composite[i]!)).toBe(true);
          else expect(b.composite[i]!).toBeCloseTo(c, 9);
        });
      }),
      { numRuns: 200, seed: 4242 },
    );
  });

  it('never lowers a partner’s score when one of its KPIs improves', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.nat(),
        fc.nat(),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (s, pi, ki, delta) => {
          const p = pi % s.types.length;
          const k = ki % s.kpis.length;
          const before = s.values[k]![p];
          if (before === null || before === undefined) return;
          const better = s.kpis[k]!.direction === 'higher' ? before + delta : before - delta;
          const values = s.values.map((col, j) =>
            j === k ? col.map((v, i) => (i === p ? better : v)) : col,
          );
          const a = score(s).composite[p]!;
          const b = score(s, 1, values).composite[p]!;
          if (Number.isNaN(a)) expect(Number.isNaN(b)).toBe(true);
          else expect(b).toBeGreaterThanOrEqual(a - 1e-9);
        },
      ),
      { numRuns: 300, seed: 4242 },
    );
  });

  it('computes every row exactly as one partner alone (explanations agree)', () => {
    const score = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { freq: 4, nil: null });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((K) =>
          fc.record({
            columns: fc.array(fc.array(score, { minLength: 12, maxLength: 12 }), {
              minLength: K,
              maxLength: K,
            }),
            groupOf: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: K, maxLength: K }),
            profiles: fc.array(
              fc.record({
                kpi: fc.array(
                  fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 9, noNaN: true })),
                  { minLength: K, maxLength: K },
                ),
                group: fc.array(fc.double({ min: 0, max: 9, noNaN: true }), {
                  minLength: 3,
                  maxLength: 3,
                }),
              }),
              { minLength: 1, maxLength: 3 },
            ),
            profileOf: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
          }),
        ),
        (c) => {
          const columns = c.columns.map((col) => Float64Array.from(col, (x) => x ?? NaN));
          const weights = c.profiles.map((p) => ({
            kpi: Float64Array.from(p.kpi),
            group: Float64Array.from(p.group),
          }));
          const profileOf = Uint8Array.from(c.profileOf, (x) => x % weights.length);
          const groupOf = Int32Array.from(c.groupOf);
          const out = compositeColumns(columns, columns, weights, profileOf, groupOf, 3);
          // Without contributions kept (previews, what-if): the same composite, bit for bit.
          const lean = compositeColumns(columns, columns, weights, profileOf, groupOf, 3, false);
          lean.composite.forEach((x, i) => expect(Object.is(x, out.composite[i])).toBe(true));
          // Nor group scores (a what-if's scenario side): the same composite, no group scores.
          const bare = compositeColumns(
            columns,
            columns,
            weights,
            profileOf,
            groupOf,
            3,
            false,
            undefined,
            false,
          );
          bare.composite.forEach((x, i) => expect(Object.is(x, out.composite[i])).toBe(true));
          expect(bare.groupScores.length).toBe(0);
          const contrib = new Float64Array(columns.length);
          for (let i = 0; i < 12; i++) {
            const one = rowComposite(
              columns,
              i,
              weights[profileOf[i]!]!,
              groupOf,
              contrib,
              new Float64Array(3),
              new Float64Array(3),
            );
            expect(
              Object.is(one, out.composite[i]) ||
                (Number.isNaN(one) && Number.isNaN(out.composite[i]!)),
            ).toBe(true);
            if (!Number.isNaN(one))
              contrib.forEach((x, k) => expect(out.contributions[k * 12 + i]).toBe(x));
          }
        },
      ),
      { numRuns: 300, seed: 4242 },
    );
  });
});
