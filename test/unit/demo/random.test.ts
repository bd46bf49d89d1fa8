import { describe, expect, it } from 'vitest';
import { fromDay, toDay } from '../../../src/main/core/demo/dates';
import { Rng, mixSeed } from '../../../src/main/core/demo/random';

describe('Rng', () => {
  it('produces a fixed sequence for a seed (the same on every platform and Node version)', () => {
    const rng = new Rng(42);
    const first = Array.from({ length: 3 }, () => rng.next());
    expect(first).toEqual(RECORDED_SEQUENCE);
    expect(mixSeed(42, 1, 1)).toBe(RECORDED_MIX);
  });

  it('derives independent streams from a seed and labels', () => {
    const a = Rng.derive(42, 1, 1).next();
    expect(Rng.derive(42, 1, 1).next()).toBe(a);
    expect(Rng.derive(42, 1, 2).next()).not.toBe(a);
    expect(Rng.derive(42, 2, 1).next()).not.toBe(a);
    expect(Rng.derive(43, 1, 1).next()).not.toBe(a);
    expect(mixSeed(2 ** 40 + 5)).not.toBe(mixSeed(5));
  });

  it('draws from the documented distributions', () => {
    const rng = new Rng(7);
    const n = 20_000;
    let sum = 0;
    let sumSq = 0;
    let inRange = true;
    for (let i = 0; i < n; i++) {
      const x = rng.normal(10, 2);
      sum += x;
      sumSq += x * x;
      const u = rng.uniform(3, 5);
      const k = rng.int(1, 6);
      if (u < 3 || u >= 5 || k < 1 || k > 6 || !Number.isInteger(k)) inRange = false;
    }
    const mean = sum / n;
    expect(inRange).toBe(true);
    expect(mean).toBeCloseTo(10, 1);
    expect(Math.sqrt(sumSq / n - mean * mean)).toBeCloseTo(2, 1);
    const logs = Array.from({ length: n }, () => rng.lognormal(Math.log(100), 0.5)).sort(
      (a, b) => a - b,
    );
    expect(logs[n / 2]).toBeGreaterThan(95);
    expect(logs[n / 2]).toBeLessThan(105);
    const poisson = Array.from({ length: n }, () => rng.poisson(4)).reduce((a, b) => a + b, 0) / n;
    expect(poisson).toBeCloseTo(4, 1);
    const big = Array.from({ length: n }, () => rng.poisson(80)).reduce((a, b) => a + b, 0) / n;
    expect(big).toBeGreaterThan(79);
    expect(big).toBeLessThan(81);
    const hits = Array.from({ length: n }, () => rng.chance(0.3)).filter(Boolean).length / n;
    expect(hits).toBeCloseTo(0.3, 1);
  });

  it('picks by weight', () => {
    const rng = new Rng(3);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++) {
      counts[
        rng.weighted<'a' | 'b' | 'c'>([
          ['a', 1],
          ['b', 3],
          ['c', 0],
        ])
      ] += 1;
    }
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.6);
    expect(counts.b / counts.a).toBeLessThan(3.4);
    expect(['x', 'y']).toContain(rng.pick(['x', 'y']));
    expect(() => rng.pick([])).toThrow();
  });

  it('keeps binomial draws within 0..n', () => {
    const rng = new Rng(11);
    for (const n of [0, 5, 40, 41, 500]) {
      for (let i = 0; i < 200; i++) {
        const k = rng.binomial(n, 0.7);
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThanOrEqual(n);
      }
    }
  });
});

describe('day numbers', () => {
  it('round-trips ISO dates, leap days included', () => {
    expect(toDay('1970-01-01')).toBe(0);
    for (const iso of ['2000-02-29', '2024-02-29', '2026-09-30', '2014-12-31', '2100-03-01']) {
      expect(fromDay(toDay(iso))).toBe(iso);
    }
    expect(toDay('2024-03-01') - toDay('2024-02-28')).toBe(2);
    expect(toDay('2026-09-30')).toBe(Date.UTC(2026, 8, 30) / 86_400_000);
  });
});

/** Mulberry32(42): the published reference values of the algorithm. */
const RECORDED_SEQUENCE = [0.6011037519201636, 0.44829055899754167, 0.8524657934904099];
const RECORDED_MIX = 1635916589;
