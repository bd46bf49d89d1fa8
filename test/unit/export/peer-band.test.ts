import { describe, expect, it } from 'vitest';
import { peerBand, roundScore } from '../../../src/main/core/export/scorecard/peer-band';
import { quantile, sortedFinite } from '../../../src/main/core/export/scorecard/quantiles';

describe('anonymised peer bands', () => {
  it('are quartiles by linear interpolation (type 7)', () => {
    const s = sortedFinite([4, 1, 3, 2, 5]);
    expect(Array.from(s)).toEqual([1, 2, 3, 4, 5]);
    expect(quantile(s, 0.25)).toBe(2);
    expect(quantile(s, 0.5)).toBe(3);
    expect(quantile(s, 0.6)).toBeCloseTo(3.4);
    expect(quantile(s, 1)).toBe(5);
  });

  it('need at least five partners with a value', () => {
    expect(peerBand([1, 2, 3, 4], roundScore)).toBeNull();
    expect(peerBand([1, 2, 3, 4, NaN, NaN], roundScore)).toBeNull();
    expect(peerBand([1, 2, 3, 4, 5], roundScore)).toEqual({ p25: 2, median: 3, p75: 4, size: 5 });
  });

  it('are rounded by the rule given (scores: one decimal)', () => {
    const scores = [61.234, 48.91, 77.05, 55.555, 70.001];
    const band = peerBand(scores, roundScore)!;
    expect(band).toEqual({ p25: 55.6, median: 61.2, p75: 70, size: 5 });
    expect(roundScore(63.249)).toBe(63.2);
  });
});
