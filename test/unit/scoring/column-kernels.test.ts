/**
 * The WebAssembly column kernels give the JavaScript loops' numbers bit for bit: min–max scores
 * (found bounds, fixed bounds, lower is better, a constant column, a zero at an extreme), the
 * single-profile composite (contributions, group scores, coverage, the composite alone), across
 * blocks and odd row counts, with zero weights and partners missing whole groups. And the bytes
 * shipped are the ones `kernels.wat` compiles to.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  KPI_CATEGORIES,
  type MethodologyDefinitionInput,
} from '../../../src/shared/api/scoring-methodology';
import {
  compileMethodology,
  knownMeasures,
} from '../../../src/main/core/scoring/compile-methodology';
import { DatasetFormulaData } from '../../../src/main/core/scoring/dataset-formula-data';
import {
  columnKernels,
  setColumnKernels,
} from '../../../src/main/core/scoring/kernels/column-kernels';
import { KERNELS_WASM_BASE64 } from '../../../src/main/core/scoring/kernels/kernels-wasm';
import { scoreComposite, scorePeriod } from '../../../src/main/core/scoring/score-period';
import { makeDataset, passthroughKpi } from '../../helpers/scoring-dataset';
// @ts-expect-error: a plain ES module script without types
import { compileKernels } from '../../../scripts/build-kernels.mjs';

const K = 10;
const keys = Array.from({ length: K }, (_, k) => `m${k}`);

/** Seeded values over two blocks and an odd tail; m7 constant, m8 with zeros at its low end. */
function dataset(n: number) {
  let s = 11;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 2 ** 32;
  };
  const values: Record<string, (number | null)[][]> = {};
  keys.forEach((key, k) => {
    values[key] = [0, 1].map(() =>
      Array.from({ length: n }, (_, i) => {
        // Every 97th partner misses the first group (m0, m4, m8), every 131st everything.
        if (i % 131 === 0 || (i % 97 === 0 && k % 4 === 0)) return null;
        const u = rnd();
        if (u < 0.07) return null;
        if (k === 7) return 3;
        if (k === 8 && u < 0.1) return 0;
        return Math.exp(2 * (rnd() - 0.5) * (k % 3 ? 1 : 3));
      }),
    );
  });
  return makeDataset({
    partners: Array.from({ length: n }, (_, i) => ({ type: i % 3 ? 'Reseller' : 'MSP' })),
    periods: ['2026-Q1', '2026-Q2'],
    values,
  });
}

const normalisers = [
  { kind: 'minmax' as const },
  { kind: 'minmax' as const, min: 0.5, max: 2 },
  { kind: 'minmax' as const },
  { kind: 'minmax' as const, min: 0.2 },
];

function methodology(variant: number): MethodologyDefinitionInput {
  return {
    peerGroup: variant === 2 ? ['type'] : [],
    groupWeights: Object.fromEntries(
      KPI_CATEGORIES.map((c, g) => [c, variant === 1 && g === 3 ? 0 : 1 + g]),
    ),
    kpis: keys.map((kpi, k) => ({
      kpi,
      weight: variant === 1 && k === 5 ? 0 : 1 + ((k * 7) % 5),
      category: KPI_CATEGORIES[k % 4]!,
      normaliser: normalisers[(k + variant) % normalisers.length]!,
    })),
    customKpis: keys.map((k, i) => ({
      ...passthroughKpi(k, k, i % 3 === 2 ? 'lower' : 'higher'),
      category: KPI_CATEGORIES[i % 4]!,
    })),
    tiers: [
      { name: 'Registered', minScore: 0 },
      { name: 'Gold', minScore: 50 },
    ],
  };
}

function expectSameBits(a: ArrayLike<number>, b: ArrayLike<number>, what: string) {
  expect(a.length, what).toBe(b.length);
  for (let i = 0; i < a.length; i++) {
    if (!Object.is(a[i], b[i])) throw new Error(`${what}[${i}]: ${a[i]} (kernels) ≠ ${b[i]} (JS)`);
  }
}

afterEach(() => {
  setColumnKernels(true);
});

describe('column kernels', () => {
  it('are the bytes kernels.wat compiles to, and load on this Node', async () => {
    expect(await compileKernels()).toBe(KERNELS_WASM_BASE64);
    expect(columnKernels()).not.toBeNull();
  });

  for (const n of [1, 2, 7, 2048, 4101]) {
    for (const variant of [0, 1, 2]) {
      it(`score exactly as the JavaScript loops (${n} partners, variant ${variant})`, () => {
        const ds = dataset(n);
        const plan = compileMethodology(methodology(variant), knownMeasures(keys));
        const data = new DatasetFormulaData(ds);
        setColumnKernels(true);
        const fast = scorePeriod(plan, ds, 1, data);
        const lean = Float64Array.from(scoreComposite(plan, ds, 1, data));
        setColumnKernels(false);
        const slow = scorePeriod(plan, ds, 1, data);
        const leanJs = scoreComposite(plan, ds, 1, data);
        for (let k = 0; k < K; k++) {
          expectSameBits(fast.structural.scores[k]!, slow.structural.scores[k]!, `scores ${k}`);
        }
        const w = ['composite', 'contributions', 'groupScores', 'coverage'] as const;
        for (const key of w) expectSameBits(fast.weighted[key], slow.weighted[key], key);
        expectSameBits(lean, leanJs, 'lean composite');
        expectSameBits(lean, slow.weighted.composite, 'lean vs full');
        // Not vacuous: most partners are scored.
        expect(slow.weighted.composite.filter((x) => x > 0).length).toBeGreaterThan(n / 2 - 1);
      });
    }
  }
});
