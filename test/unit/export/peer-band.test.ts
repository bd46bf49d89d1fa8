import { describe, expect, it } from 'vitest';
import { peerBand, roundRaw, roundScore } from '../../../src/main/core/export/scorecard/peer-band';
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

  it('round raw values to two significant digits so no exact value can be read off', () => {
    const revenue = [412_345, 98_765, 1_234_567, 55_555, 700_001];
    const band = peerBand(revenue, roundRaw)!;
    expect(band.median).toBe(410_000);
    for (const v of [band.p25, band.median, band.p75]) expect(revenue).not.toContain(v);
    expect(roundRaw(0.43751)).toBe(0.44);
    expect(roundRaw(0)).toBe(0);
    expect(roundScore(63.249)).toBe(63.2);
  });
});
