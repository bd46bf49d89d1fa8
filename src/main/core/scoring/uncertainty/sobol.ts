/**
 * Variance-based sensitivity analysis by the Saltelli design, as COINr's `get_sensitivity`
 * does: two independent matrices A and B of N points in the unit hypercube; for each factor i a
 * matrix ABᵢ equal to A with factor i's columns (a factor may own several columns, e.g. all the
 * weights) taken from B. The model runs N × (d + 2) times, block by block (A, B, AB₁…AB_d for
 * point j), so that a run cut short still leaves whole blocks. Estimators (Saltelli et al. 2010,
 * Jansen 1999), with V the variance of the A and B outputs together:
 *
 *   Sᵢ  = mean((f(B) − f̄) · (f(ABᵢ) − f(A))) / V
 *   STᵢ = mean((f(A) − f(ABᵢ))²) / (2V)
 *
 * (f(B) is centred on the mean output f̄: the same expectation, since f(ABᵢ) − f(A) has mean 0,
 * with far less noise when the output sits far from 0, as a mean rank shift does.)
 *
 * The points are pseudo-random from a seeded generator (plain Monte Carlo, not a Sobol
 * sequence), so a seed gives the same design.
 */
import { Rng } from '../../demo/random';

export interface SaltelliDesign {
  N: number;
  /** Columns per point. */
  D: number;
  /** Columns of each factor. */
  factorColumns: number[][];
  A: Float64Array;
  B: Float64Array;
}

export function saltelliDesign(N: number, factorSizes: number[], seed: number): SaltelliDesign {
  const D = factorSizes.reduce((a, b) => a + b, 0);
  const factorColumns: number[][] = [];
  let c = 0;
  for (const size of factorSizes) {
    factorColumns.push(Array.from({ length: size }, (_, j) => c + j));
    c += size;
  }
  const rng = new Rng(seed);
  const A = new Float64Array(N * D);
  const B = new Float64Array(N * D);
  for (let j = 0; j < N; j++) {
    for (let x = 0; x < D; x++) A[j * D + x] = rng.next();
    for (let x = 0; x < D; x++) B[j * D + x] = rng.next();
  }
  return { N, D, factorColumns, A, B };
}

/** Runs per block: A, B and one ABᵢ per factor. */
export function blockSize(design: SaltelliDesign): number {
  return design.factorColumns.length + 2;
}

/** The point of run `r` (see the block order above), written into `out` (length D). */
export function designPoint(design: SaltelliDesign, r: number, out: Float64Array): Float64Array {
  const { D, A, B, factorColumns } = design;
  const size = factorColumns.length + 2;
  const j = Math.floor(r / size);
  const which = r % size;
  const o = j * D;
  out.set((which === 1 ? B : A).subarray(o, o + D));
  if (which >= 2) for (const x of factorColumns[which - 2]!) out[x] = B[o + x]!;
  return out;
}

export interface SobolIndices {
  first: number[];
  total: number[];
  variance: number;
}

/** Indices from the outputs of the first `blocks` whole blocks, `y` in run order. */
export function sobolIndices(y: ArrayLike<number>, factors: number, blocks: number): SobolIndices {
  const size = factors + 2;
  let mean = 0;
  for (let j = 0; j < blocks; j++) mean += y[j * size]! + y[j * size + 1]!;
  mean /= 2 * blocks;
  let variance = 0;
  for (let j = 0; j < blocks; j++) {
    variance += (y[j * size]! - mean) ** 2 + (y[j * size + 1]! - mean) ** 2;
  }
  variance /= 2 * blocks;
  const first: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < factors; i++) {
    let s = 0;
    let st = 0;
    for (let j = 0; j < blocks; j++) {
      const a = y[j * size]!;
      const b = y[j * size + 1]!;
      const ab = y[j * size + 2 + i]!;
      s += (b - mean) * (ab - a);
      st += (a - ab) ** 2;
    }
    first.push(variance > 0 && blocks > 0 ? s / blocks / variance : NaN);
    total.push(variance > 0 && blocks > 0 ? st / blocks / (2 * variance) : NaN);
  }
  return { first, total, variance };
}
