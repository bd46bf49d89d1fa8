/** Stagnation, regression and improvement flags against a baseline, hand-computed. */
import { describe, expect, it } from 'vitest';
import { progressFlag } from '../../../src/main/core/benchmark/progress-flags';

const rules = { stagnationPeriods: 3, stagnationTolerance: 0.02, regressionThreshold: 0.1 };
const input = (
  now: number,
  before: number,
  recent: number[],
  direction: 'higher' | 'lower' = 'higher',
) => ({
  now,
  before,
  recent,
  direction,
  baselineLabel: '2025 Q3',
});

describe('progressFlag', () => {
  it('flags a fall of at least the threshold since the baseline as regressing', () => {
    expect(progressFlag(input(89, 100, [95, 93, 91, 89]), rules)?.flag).toBe('regressing');
    expect(progressFlag(input(91, 100, [80, 85, 90, 91]), rules)).toBeNull();
  });

  it('turns round for lower-is-better KPIs', () => {
    expect(progressFlag(input(111, 100, [100, 105, 120, 111], 'lower'), rules)?.flag).toBe(
      'regressing',
    );
    expect(progressFlag(input(85, 100, [100, 95, 90, 85], 'lower'), rules)?.flag).toBe('improving');
  });

  it('flags no improvement beyond the tolerance over N periods as stagnating', () => {
    const flag = progressFlag(input(101, 95, [100, 101, 99, 101]), rules);
    expect(flag?.flag).toBe('stagnating');
    expect(flag?.reason).toContain('last 3 periods');
    expect(progressFlag(input(101, 95, [100, 103, 99, 101]), rules)).toBeNull();
    // not enough history: no stagnation flag
    expect(progressFlag(input(101, 95, [NaN, 101, 99, 101]), rules)).toBeNull();
  });

  it('flags a rise of at least the threshold as improving, and needs a baseline for it', () => {
    expect(progressFlag(input(120, 100, [100, 105, 110, 120]), rules)?.reason).toBe(
      'Up 20% since 2025 Q3.',
    );
    expect(progressFlag(input(120, 0, [100, 105, 110, 120]), rules)).toBeNull();
  });
});
