/**
 * The cheapest combination of KPI moves against brute force: on small random cases (two or three
 * KPIs, integer scores and caps), the greedy answer's cost is never above the best integer
 * combination and never more than one point per KPI below it (the integer grid's rounding), and
 * both agree on whether any combination exists.
 */
import { describe, expect, it } from 'vitest';
import {
  cheapestCombination,
  type ComboKpi,
} from '../../../src/main/core/scoring/cheapest-combination';

/** A seeded generator (mulberry32) so every run checks the same cases. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every integer raise of every KPI (within its cap, at least its floor): the cheapest that closes the gap. */
function bruteForce(kpis: ComboKpi[], gap: number): number | null {
  let best: number | null = null;
  const walk = (k: number, cost: number, gain: number) => {
    if (k === kpis.length) {
      if (gain >= gap - 1e-9 && (best === null || cost < best)) best = cost;
      return;
    }
    const x = kpis[k]!;
    const min = Math.max(0, Math.ceil((x.floor ?? x.score) - x.score));
    for (let d = min; x.score + d <= x.cap; d++) walk(k + 1, cost + d, gain + x.weight * d);
  };
  walk(0, 0, 0);
  return best;
}

function randomCase(next: () => number): { kpis: ComboKpi[]; gap: number } {
  const n = 2 + Math.floor(next() * 2);
  const kpis: ComboKpi[] = Array.from({ length: n }, (_, i) => {
    const score = Math.floor(next() * 20);
    const cap = score + Math.floor(next() * 20);
    const floor = next() < 0.3 ? score + Math.floor(next() * 25) : undefined;
    return {
      key: `k${i}`,
      score,
      cap,
      weight: Math.round(next() * 100) / 100,
      ...(floor !== undefined ? { floor } : {}),
    };
  });
  return { kpis, gap: Math.round(next() * 1500) / 100 };
}

describe('cheapest combination of KPI moves', () => {
  it('matches brute force on 300 small cases', () => {
    const next = rng(14);
    let feasible = 0;
    for (let c = 0; c < 300; c++) {
      const { kpis, gap } = randomCase(next);
      const greedy = cheapestCombination(kpis, gap);
      const brute = bruteForce(kpis, gap);
      if (brute === null) {
        // Caps and floors are integers: when no integer raise closes the gap, nothing does.
        expect(greedy.ok, JSON.stringify({ kpis, gap })).toBe(false);
        continue;
      }
      expect(greedy.ok, JSON.stringify({ kpis, gap })).toBe(true);
      if (!greedy.ok) continue;
      feasible += 1;
      expect(greedy.cost).toBeLessThanOrEqual(brute + 1e-9);
      expect(greedy.cost).toBeGreaterThan(brute - kpis.length);
      // The moves close the gap, stay within the caps and meet the floors.
      expect(greedy.gain).toBeGreaterThanOrEqual(gap - 1e-7);
      for (const m of greedy.moves) {
        const k = kpis.find((x) => x.key === m.key)!;
        expect(m.to).toBeLessThanOrEqual(k.cap + 1e-9);
        expect(m.to).toBeGreaterThan(k.score);
      }
      for (const k of kpis) {
        if (k.floor === undefined || k.floor <= k.score) continue;
        expect(greedy.moves.find((m) => m.key === k.key)?.to).toBeGreaterThanOrEqual(k.floor);
      }
    }
    expect(feasible).toBeGreaterThan(100);
  });

  it('says which gate cannot be met and how far the best values fall short', () => {
    const kpis: ComboKpi[] = [
      { key: 'a', score: 50, cap: 100, weight: 0.5 },
      { key: 'b', score: 10, cap: 40, weight: 0.5, floor: 60 },
    ];
    expect(cheapestCombination(kpis, 5)).toEqual({
      ok: false,
      reason: 'gate-out-of-reach',
      key: 'b',
    });
    const capped: ComboKpi[] = [
      { key: 'a', score: 90, cap: 100, weight: 0.5 },
      { key: 'b', score: 30, cap: 40, weight: 0.5 },
    ];
    const r = cheapestCombination(capped, 20);
    expect(r.ok).toBe(false);
    if (!r.ok && r.reason === 'gap-too-large') expect(r.shortBy).toBeCloseTo(10, 9);
  });

  it('raises the KPI worth the most first', () => {
    const r = cheapestCombination(
      [
        { key: 'light', score: 0, cap: 100, weight: 0.2 },
        { key: 'heavy', score: 0, cap: 100, weight: 0.8 },
      ],
      8,
    );
    expect(r.ok && r.moves).toEqual([{ key: 'heavy', from: 0, to: 10 }]);
  });
});
