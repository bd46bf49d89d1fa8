/** Statistics per group, percentiles and ranks within the group, hand-computed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupStats } from '../../../src/main/core/benchmark/group-stats';
import { mergeRuns } from '../../../src/main/core/benchmark/merge-runs';
import { fitPercentile } from '../../../src/main/core/scoring/normalisers/percentile';
import type { GroupIndex } from '../../../src/main/core/scoring/peer-groups';

function index(ids: number[], count: number): GroupIndex {
  return {
    ids: Int32Array.from(ids),
    count,
    labels: Array.from({ length: count }, (_, g) => `g${g}`),
  };
}

describe('groupStats', () => {
  // group 0: 3, 1, 2; group 1: 10, (none), 30, 20, 20
  const values = Float64Array.from([3, 10, 1, NaN, 30, 2, 20, 20]);
  const groups = index([0, 1, 0, 1, 1, 0, 1, 1], 2);

  it('computes each group’s distribution over the members with a value', () => {
    const s = groupStats(values, groups, 'higher');
    expect(s.stats[0]).toEqual({
      count: 3,
      min: 1,
      p25: 1.5,
      median: 2,
      p75: 2.5,
      p90: 2.8,
      max: 3,
      mean: 2,
    });
    expect(s.stats[1]).toMatchObject({
      count: 4,
      min: 10,
      p25: 17.5,
      median: 20,
      p75: 22.5,
      max: 30,
      mean: 20,
    });
    expect(s.stats[1]!.p90).toBeCloseTo(27, 12); // 2.7 → 20 + 0.7 × 10
    expect(s.overall).toMatchObject({ count: 7, min: 1, median: 10, max: 30 });
  });

  it('places each partner among the other members of its group (ties count half)', () => {
    const s = groupStats(values, groups, 'higher');
    // group 0 sorted 1 2 3: 3 beats both others → 100; 1 → 0; 2 → 50
    // group 1 sorted 10 20 20 30: 20 beats one of three and ties one → (1 + 0.5) / 3
    expect(Array.from(s.percentile)).toEqual([100, 0, 0, NaN, 100, 50, 50, 50]);
    expect(Array.from(s.rank)).toEqual([1, 4, 3, 0, 1, 2, 2, 2]);
  });

  it('turns round for KPIs where lower is better', () => {
    const s = groupStats(values, groups, 'lower');
    expect(Array.from(s.percentile)).toEqual([0, 100, 100, NaN, 0, 50, 50, 50]);
    expect(Array.from(s.rank)).toEqual([3, 1, 1, 0, 4, 2, 2, 2]);
  });

  it('gives 50 to a partner alone in its group', () => {
    const s = groupStats(Float64Array.from([5, 6]), index([0, 1], 2), 'higher');
    expect(Array.from(s.percentile)).toEqual([50, 50]);
  });

  it('agrees with the scoring engine’s percentile normaliser and with a full sort', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 4 }),
            fc.option(fc.integer({ min: -20, max: 20 }), { nil: null }),
          ),
          {
            minLength: 1,
            maxLength: 60,
          },
        ),
        fc.constantFrom('higher' as const, 'lower' as const),
        (cells, direction) => {
          const values = Float64Array.from(cells, ([, v]) => (v === null ? NaN : v));
          const groups = index(
            cells.map(([g]) => g),
            5,
          );
          const s = groupStats(values, groups, direction);
          const engine = fitPercentile(values, direction, groups).scores;
          engine.forEach((p, i) =>
            Number.isNaN(p)
              ? expect(s.percentile[i]).toBeNaN()
              : expect(s.percentile[i]).toBeCloseTo(p, 9),
          );
          const present = values.filter((v) => !Number.isNaN(v)).sort();
          expect(Array.from(mergeRuns(s.sorted.values, s.sorted.start))).toEqual(
            Array.from(present),
          );
        },
      ),
    );
  });
});
