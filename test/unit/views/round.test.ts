/**
 * roundSignificant is the number `Number(value.toPrecision(digits))` gives, without the string:
 * on seeded random values across magnitudes, on halves and near-halves, next to powers of ten and
 * at the ends of the double range.
 */
import { describe, expect, it } from 'vitest';
import { roundSignificant } from '../../../src/main/core/views/round';

const viaText = (value: number, digits: number) => Number(value.toPrecision(digits));

describe('roundSignificant', () => {
  it('equals toPrecision read back, value for value', () => {
    let seed = 20261205;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const cases: [number, number][] = [];
    for (let i = 0; i < 100_000; i++) {
      const digits = 1 + Math.floor(rnd() * 9);
      cases.push([(rnd() - 0.3) * 10 ** (Math.floor(rnd() * 40) - 20), digits]);
      const half = (Math.floor(rnd() * 99_999) + 0.5) * 10 ** (Math.floor(rnd() * 16) - 8);
      cases.push([half, 5], [-half, 4]);
      cases.push([10 ** Math.floor(rnd() * 30 - 15) * (1 - 1e-16), digits]);
      cases.push([Math.round(rnd() * 1e6) / 100, 5]);
    }
    for (const v of [0.0099995, 99999.5, 999995, 1.00005, 5e-324, 1e-300, 1e22, 1e23, 1.7e308])
      for (let d = 1; d < 10; d++) cases.push([v, d]);
    const differing = cases.filter(([v, d]) => !Object.is(roundSignificant(v, d), viaText(v, d)));
    expect(differing).toEqual([]);
  });

  it('gives null for what is not a finite number and 0 for zero', () => {
    expect(roundSignificant(undefined)).toBeNull();
    expect(roundSignificant(NaN)).toBeNull();
    expect(roundSignificant(-Infinity)).toBeNull();
    expect(roundSignificant(0)).toBe(0);
    expect(roundSignificant(-0)).toBe(0);
  });
});
