import { describe, expect, it } from 'vitest';
import { measureProgress, summariseProgress } from '../../../src/main/core/improvement/progress';

// Baseline 2026-01-01, target 2026-05-01: 120 days. 2026-03-02 is day 60, halfway (expected 0.5).
const base = { baselineDate: '2026-01-01', targetDate: '2026-05-01' };

describe('measureProgress (hand-computed)', () => {
  it('on track: 40 → 52 of a 40 → 60 target at halfway closes 12/20 = 0.6 ≥ 0.5', () => {
    const p = measureProgress({
      ...base,
      baseline: 40,
      current: 52,
      target: 60,
      asOf: '2026-03-02',
    });
    expect(p.expected).toBeCloseTo(0.5, 12);
    expect(p.closed).toBeCloseTo(0.6, 12);
    expect(p.status).toBe('on-track');
  });

  it('at risk: 40 → 46 closes 0.3 < 0.5 − 0.1 tolerance', () => {
    const p = measureProgress({
      ...base,
      baseline: 40,
      current: 46,
      target: 60,
      asOf: '2026-03-02',
    });
    expect(p.closed).toBeCloseTo(0.3, 12);
    expect(p.status).toBe('at-risk');
  });

  it('within tolerance: 40 → 48 closes 0.4 = 0.5 − 0.1 → on track', () => {
    const p = measureProgress({
      ...base,
      baseline: 40,
      current: 48,
      target: 60,
      asOf: '2026-03-02',
    });
    expect(p.status).toBe('on-track');
  });

  it('achieved before the date, missed after it', () => {
    expect(
      measureProgress({ ...base, baseline: 40, current: 61, target: 60, asOf: '2026-02-01' })
        .status,
    ).toBe('achieved');
    const late = measureProgress({
      ...base,
      baseline: 40,
      current: 58,
      target: 60,
      asOf: '2026-05-02',
    });
    expect(late.closed).toBeCloseTo(0.9, 12);
    expect(late.expected).toBe(1);
    expect(late.status).toBe('missed');
  });

  it('lower-is-better KPI: days-to-close 30 → 24 of a 30 → 20 target closes 0.6', () => {
    const p = measureProgress({
      ...base,
      baseline: 30,
      current: 24,
      target: 20,
      asOf: '2026-03-02',
    });
    expect(p.closed).toBeCloseTo(0.6, 12);
    expect(p.status).toBe('on-track');
  });

  it('moving away from the target is negative progress', () => {
    const p = measureProgress({
      ...base,
      baseline: 40,
      current: 36,
      target: 60,
      asOf: '2026-01-31',
    });
    expect(p.closed).toBeCloseTo(-0.2, 12);
    expect(p.expected).toBeCloseTo(30 / 120, 12);
    expect(p.status).toBe('at-risk');
  });

  it('hold-the-line target uses the KPI direction; no current value is no-data', () => {
    const hold = {
      ...base,
      baseline: 50,
      target: 50,
      asOf: '2026-03-02',
      direction: 'higher' as const,
    };
    expect(measureProgress({ ...hold, current: 51 }).status).toBe('achieved');
    expect(measureProgress({ ...hold, current: 49 }).status).toBe('at-risk');
    expect(measureProgress({ ...hold, current: null }).status).toBe('no-data');
  });

  it('rejects bad dates with a message naming the field', () => {
    expect(() =>
      measureProgress({ ...base, baseline: 1, current: 1, target: 2, asOf: 'soon' }),
    ).toThrow(/asOf/);
    expect(() =>
      measureProgress({
        baseline: 1,
        current: 1,
        target: 2,
        baselineDate: '2026-05-01',
        targetDate: '2026-01-01',
        asOf: '2026-02-01',
      }),
    ).toThrow(/targetDate/);
  });
});

describe('summariseProgress', () => {
  it('counts statuses and averages the share closed over measured actions', () => {
    const s = summariseProgress([
      { status: 'on-track', closed: 0.6, expected: 0.5 },
      { status: 'at-risk', closed: 0.2, expected: 0.5 },
      { status: 'no-data', closed: null, expected: 0.5 },
    ]);
    expect(s.counts).toEqual({ achieved: 0, 'on-track': 1, 'at-risk': 1, missed: 0, 'no-data': 1 });
    expect(s.meanClosed).toBeCloseTo(0.4, 12);
    expect(summariseProgress([]).meanClosed).toBeNull();
  });
});
