/**
 * The uncertainty and sensitivity analysis over methodological choices. Each run draws a
 * normalisation, an aggregation, an imputation, an outlier treatment (each uniformly among its
 * levels) and a weight perturbation (every weight × 1 + perturbation × u, u uniform in [−1, 1])
 * from a seeded Saltelli design, scores every partner, ranks and tiers them. Per partner it
 * keeps how often the tier is kept and (for the listed partners) every rank; per run the mean
 * absolute rank shift from the nominal ranks, the output whose variance the first- and
 * total-order indices apportion to the choices (as COINr's `get_sensitivity` does).
 *
 * A normalised matrix depends only on (normalisation, treatment, imputation), so the few
 * combinations drawn are computed once and kept (within a memory budget); a run then costs one
 * aggregation pass and a sort. Runs go in slices of about 30 ms with a yield to the event loop in
 * between (progress, cancel); a cancelled run reports the samples done, and the indices over its
 * whole Saltelli blocks.
 */
import { UNCERTAINTY_FACTORS } from '../../../../shared/api/diagnostics';
import type { UncertaintyFactor } from '../../../../shared/api/diagnostics-results';
import { AppError } from '../../../../shared/errors';
import type { ProfileWeights } from '../plan';
import type { DISCRETE_FACTORS, UncertaintyModel } from './model';
import { RankTally, rankScratch, ranksOf } from './rank-tally';
import { prepareMatrix, retransform, sampleComposite, type SampleMatrix } from './sample-composite';
import { blockSize, designPoint, saltelliDesign, sobolIndices } from './sobol';

export interface UncertaintyOptions {
  samples: number;
  seed: number;
  perturbation: number;
  factors: readonly UncertaintyFactor[];
  /** Rows whose every rank is kept (for their median and interval). */
  listed: Int32Array;
}

export interface UncertaintyHooks {
  progress?: (done: number, total: number, finished: boolean) => void;
  signal?: AbortSignal;
  sliceMs?: number;
  /** Bytes of normalised matrices kept at once (default 256 MiB). */
  matrixBudget?: number;
}

export interface UncertaintyRun {
  factors: UncertaintyFactor[];
  base: number;
  planned: number;
  completed: number;
  tally: RankTally;
  /** Mean absolute rank shift of each completed run. */
  shifts: Float64Array;
  first: number[];
  total: number[];
}

/** Ranks kept at most (listed partners × runs), about 200 MB. */
export const MAX_KEPT_RANKS = 50_000_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function runUncertainty(
  model: UncertaintyModel,
  options: UncertaintyOptions,
  hooks: UncertaintyHooks = {},
): Promise<UncertaintyRun> {
  const { n, profileOf } = model;
  // The design (and the report) takes the choices in the contract's order.
  const factors = UNCERTAINTY_FACTORS.filter((f) => options.factors.includes(f));
  const d = factors.length;
  const base = Math.ceil(options.samples / (d + 2));
  if (base < 2) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Varying ${d} choices takes at least ${2 * (d + 2)} samples (blocks of ${d + 2}).`,
    );
  }
  const planned = base * (d + 2);
  if (options.listed.length * planned > MAX_KEPT_RANKS) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Listing ${options.listed.length.toLocaleString('en-US')} partners over ${planned.toLocaleString('en-US')} samples keeps too many ranks; list fewer partners or run fewer samples.`,
    );
  }
  const weightColumns = model.weights.reduce((s, w) => s + w.kpi.length + w.group.length, 0);
  const sizes = factors.map((f) => (f === 'weights' ? weightColumns : 1));
  const design = saltelliDesign(base, sizes, options.seed);
  const column = new Map(factors.map((f, i) => [f, design.factorColumns[i]![0]!]));
  const point = new Float64Array(design.D);
  const level = (f: (typeof DISCRETE_FACTORS)[number]) => {
    const c = column.get(f);
    const L = model[f].length;
    return c === undefined ? 0 : Math.min(L - 1, Math.floor(point[c]! * L));
  };

  const matrices = new MatrixCache(model, hooks.matrixBudget ?? 256 * 2 ** 20);
  const perturbed: ProfileWeights[] = model.weights.map((w) => ({
    kpi: Float64Array.from(w.kpi),
    group: Float64Array.from(w.group),
  }));
  const composite = new Float64Array(n);
  const rank = new Int32Array(n);
  const tier = new Int8Array(n);
  const ranking = rankScratch(n);
  const tally = new RankTally(options.listed, planned, n);
  const shifts = new Float64Array(planned);
  const L = model.minScores.length;
  const sliceMs = hooks.sliceMs ?? 30;

  hooks.progress?.(0, planned, false);
  let sliceStart = performance.now();
  let r = 0;
  for (; r < planned && !hooks.signal?.aborted; r++) {
    designPoint(design, r, point);
    const p = model.aggregation[level('aggregation')]!.value;
    const nz = level('normalisation');
    const tr = level('treatment');
    const im = level('imputation');
    const wc = column.get('weights');
    const weights =
      wc === undefined
        ? model.weights
        : perturb(model.weights, point, wc, options.perturbation, perturbed);
    if (model.tree) model.tree(matrices.columns(nz, tr, im), weights, profileOf, p, composite);
    else sampleComposite(matrices.get(nz, tr, im, p), weights, profileOf, composite);
    ranksOf(composite, rank, ranking);
    for (let i = 0; i < n; i++) {
      const c = composite[i]!;
      if (Number.isNaN(c)) {
        tier[i] = -1;
        continue;
      }
      let t = -1;
      while (t + 1 < L && c >= model.minScores[t + 1]!) t++;
      const cap = model.gateCap[i]!;
      tier[i] = t < cap ? t : cap;
    }
    shifts[r] = tally.add(rank, tier, model.nominalRank, model.nominalTier);
    if (performance.now() - sliceStart >= sliceMs) {
      hooks.progress?.(r + 1, planned, false);
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  hooks.progress?.(r, planned, true);
  const blocks = Math.floor(r / blockSize(design));
  const { first, total } = sobolIndices(shifts, d, blocks);
  return {
    factors,
    base,
    planned,
    completed: r,
    tally,
    shifts: shifts.subarray(0, r),
    first,
    total,
  };
}

function perturb(
  weights: readonly ProfileWeights[],
  point: Float64Array,
  start: number,
  perturbation: number,
  out: ProfileWeights[],
): ProfileWeights[] {
  let c = start;
  weights.forEach((w, p) => {
    const o = out[p]!;
    for (let k = 0; k < w.kpi.length; k++)
      o.kpi[k] = w.kpi[k]! * (1 + perturbation * (2 * point[c++]! - 1));
    for (let g = 0; g < w.group.length; g++)
      o.group[g] = w.group[g]! * (1 + perturbation * (2 * point[c++]! - 1));
  });
  return out;
}

/**
 * Normalised columns per (normalisation, treatment), imputed columns per (…, imputation) and
 * sample matrices per (…, aggregation power), least recently used dropped first beyond the
 * memory budget.
 */
export class MatrixCache {
  private readonly cache = new Map<string, { value: unknown; bytes: number }>();
  private bytes = 0;

  constructor(
    private readonly model: UncertaintyModel,
    private readonly budget: number,
  ) {}

  private remember<T>(key: string, make: () => T, size: (value: T) => number): T {
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit.value as T;
    }
    const value = make();
    const bytes = size(value);
    while (this.cache.size > 0 && this.bytes + bytes > this.budget) {
      const oldest = this.cache.keys().next().value as string;
      this.bytes -= this.cache.get(oldest)!.bytes;
      this.cache.delete(oldest);
    }
    this.cache.set(key, { value, bytes });
    this.bytes += bytes;
    return value;
  }

  /** Scores of every KPI under a normalisation, treatment and imputation (NaN absent). */
  columns(nz: number, tr: number, im: number): Float64Array[] {
    const columnBytes = (v: Float64Array[]) => v.reduce((s, a) => s + a.byteLength, 0);
    const normalised = () =>
      this.remember(
        `n${nz}|${tr}`,
        () =>
          this.model.treatment[tr]!.value.map((raw, k) =>
            this.model.normalisation[nz]!.value(k, raw),
          ),
        columnBytes,
      );
    return this.remember(
      `i${nz}|${tr}|${im}`,
      () => imputedColumns(this.model, normalised(), im),
      columnBytes,
    );
  }

  /** The matrix a sample with these choices and aggregation power `p` reads. */
  get(nz: number, tr: number, im: number, p: number): SampleMatrix {
    const matrixBytes = (m: SampleMatrix) => m.values.byteLength + m.missing.byteLength;
    const { groupOf, G } = this.model;
    const base = () =>
      this.remember(
        `m${nz}|${tr}|${im}|1`,
        () => prepareMatrix(this.columns(nz, tr, im), groupOf, G, 1),
        matrixBytes,
      );
    if (p === 1) return base();
    return this.remember(
      `m${nz}|${tr}|${im}|${p}`,
      () => retransform(base(), this.columns(nz, tr, im), p),
      (m) => m.values.byteLength,
    );
  }
}

/** Columns after imputation level `im` (a column without gaps is kept as it is). */
export function imputedColumns(
  model: UncertaintyModel,
  columns: readonly Float64Array[],
  im: number,
): Float64Array[] {
  return columns.map((column, k) =>
    column.includes(NaN) ? model.imputation[im]!.value(k, column) : column,
  );
}

/** The sample matrix of one combination, computed afresh (tests, the bench's nominal). */
export function sampleMatrix(
  model: UncertaintyModel,
  nz: number,
  tr: number,
  im: number,
  p: number,
): SampleMatrix {
  const columns = model.treatment[tr]!.value.map((raw, k) =>
    model.normalisation[nz]!.value(k, raw),
  );
  return prepareMatrix(imputedColumns(model, columns, im), model.groupOf, model.G, p);
}
