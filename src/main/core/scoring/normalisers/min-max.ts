/**
 * Min–max scaling: 100 × (value − lowest) / (highest − lowest), with the peer group's lowest and
 * highest value (the row's own value included) or fixed bounds; clamped to 0–100, inverted for
 * lower-is-better KPIs. A group whose values are all equal scores 50.
 */
import type { GroupIndex } from '../peer-groups';
import { columnKernels, type ColumnKernels } from '../kernels/column-kernels';
import { clamp100, columnFor, type FittedScale } from './scale';

export interface MinMaxOptions {
  min?: number;
  max?: number;
  /** Written with the scores instead of a new column when it has the right length. */
  out?: Float64Array;
}

export function fitMinMax(
  raw: Float64Array,
  direction: 'higher' | 'lower',
  groups: GroupIndex,
  options: MinMaxOptions = {},
): FittedScale {
  const fixed = options.min !== undefined && options.max !== undefined;
  // The second lowest and highest values matter only for leave-one-out bounds: found when a
  // row is asked about (`scoreAt`, `best`) or when an extreme is a zero (see minMaxColumn).
  let ext: Extremes | null = null;
  const extremes = (): Extremes | null => (fixed ? null : (ext ??= groupExtremes(raw, groups)));
  /**
   * Lowest and highest value of the row's group without one occurrence of its own value (taken
   * off the low end when it is the lowest, else off the high end when it is the highest).
   */
  const othersBound = (row: number, low: boolean): number => {
    const ext = extremes();
    if (!ext) return NaN;
    const g = groups.ids[row]!;
    const own = raw[row]!;
    const count = ext.count[g]!;
    if (count === 0) return NaN;
    if (!Number.isNaN(own)) {
      if (count === 1) return NaN;
      if (ext.lo1[g] === own) return low ? ext.lo2[g]! : ext.hi1[g]!;
      if (ext.hi1[g] === own) return low ? ext.lo1[g]! : ext.hi2[g]!;
    }
    return low ? ext.lo1[g]! : ext.hi1[g]!;
  };
  const scoreAt = (row: number, v: number): number => {
    let min = options.min ?? NaN;
    let max = options.max ?? NaN;
    if (!fixed) {
      const lo = othersBound(row, true);
      const hi = othersBound(row, false);
      if (options.min === undefined) min = Number.isNaN(lo) ? v : Math.min(lo, v);
      if (options.max === undefined) max = Number.isNaN(hi) ? v : Math.max(hi, v);
    }
    if (!(max > min)) return 50;
    const s = clamp100((100 * (v - min)) / (max - min));
    return direction === 'higher' ? s : 100 - s;
  };
  return {
    scores: minMaxColumn(raw, direction, groups, options, extremes),
    scoreAt,
    best(row) {
      if (direction === 'higher' && options.max !== undefined) return options.max;
      if (direction === 'lower' && options.min !== undefined) return options.min;
      return othersBound(row, direction !== 'higher');
    },
  };
}

/**
 * Every row's score at its own value in one loop: the same operations, in the same order, as
 * `scoreAt(row, raw[row])` (so both agree bit for bit), without a call per cell. A row whose
 * value is neither its group's lowest nor highest has the group's lowest and highest as bounds
 * (min(lowest, v) is the lowest when v is above it); the others take the leave-one-out path.
 */
function minMaxColumn(
  raw: Float64Array,
  direction: 'higher' | 'lower',
  groups: GroupIndex,
  options: MinMaxOptions,
  extremes: () => Extremes | null,
): Float64Array {
  const n = raw.length;
  const out = columnFor(n, options.out);
  const higher = direction === 'higher';
  const fixedMin = options.min;
  const fixedMax = options.max;
  if (fixedMin !== undefined && fixedMax !== undefined) {
    // Both bounds fixed: NaN stays NaN through the arithmetic and clamp100.
    const min = fixedMin;
    const max = fixedMax;
    if (!(max > min)) {
      for (let i = 0; i < n; i++) out[i] = raw[i]! !== raw[i]! ? NaN : 50;
      return out;
    }
    const kernels = columnKernels();
    if (kernels) {
      kernelScores(kernels, stage(kernels, raw), out, min, max - min, higher);
      return out;
    }
    for (let i = 0; i < n; i++) {
      const s = clamp100((100 * (raw[i]! - min)) / (max - min));
      out[i] = higher ? s : 100 - s;
    }
    return out;
  }
  // Plain numbers (never undefined) inside the loops, so that V8 keeps them unboxed.
  const hasMin = fixedMin !== undefined;
  const hasMax = fixedMax !== undefined;
  const minValue = fixedMin ?? 0;
  const maxValue = fixedMax ?? 0;
  const G = groups.count;
  // One group: the bounds and the scores by the kernels, from one copy of the column.
  const kernels = G === 1 ? columnKernels() : null;
  const staged = kernels ? stage(kernels, raw) : null;
  const { lo, hi } = staged ? kernelBounds(kernels!, staged) : groupBounds(raw, groups);
  let zero = false;
  for (let g = 0; g < G; g++) if (lo[g] === 0 || hi[g] === 0) zero = true;
  if (!zero) {
    // Without a zero at either end, every row's leave-one-out bounds, min(others' lowest, v)
    // and max(others' highest, v), are its group's lowest and highest, to the bit: a row at
    // an extreme gets its own value back, equal in value and therefore in bits. (With a zero,
    // Math.min(-0, 0) can differ from the group's lowest in sign, so the exact path below runs.)
    const gMin = new Float64Array(G);
    const gMax = new Float64Array(G);
    for (let g = 0; g < G; g++) {
      gMin[g] = hasMin ? minValue : lo[g]!;
      gMax[g] = hasMax ? maxValue : hi[g]!;
    }
    if (G === 1) {
      const min = gMin[0]!;
      const max = gMax[0]!;
      if (!(max > min)) {
        for (let i = 0; i < n; i++) out[i] = raw[i]! !== raw[i]! ? NaN : 50;
        return out;
      }
      // NaN stays NaN through the arithmetic and the clamp.
      const range = max - min;
      if (staged) kernelScores(kernels!, staged, out, min, range, higher);
      else if (higher) {
        for (let i = 0; i < n; i++) {
          const x = (100 * (raw[i]! - min)) / range;
          out[i] = x < 0 ? 0 : x > 100 ? 100 : x;
        }
      } else {
        for (let i = 0; i < n; i++) {
          const x = (100 * (raw[i]! - min)) / range;
          out[i] = 100 - (x < 0 ? 0 : x > 100 ? 100 : x);
        }
      }
      return out;
    }
    const ids = groups.ids;
    for (let i = 0; i < n; i++) {
      const v = raw[i]!;
      const g = ids[i]!;
      const min = gMin[g]!;
      const max = gMax[g]!;
      if (v !== v) out[i] = NaN;
      else if (!(max > min)) out[i] = 50;
      else {
        const x = (100 * (v - min)) / (max - min);
        const s = x < 0 ? 0 : x > 100 ? 100 : x;
        out[i] = higher ? s : 100 - s;
      }
    }
    return out;
  }
  const ext = extremes()!;
  const ids = groups.ids;
  const { lo1, lo2, hi1, hi2, count } = ext;
  // A zero at an extreme: scoreAt's leave-one-out bounds, row by row.
  const gMin = new Float64Array(G);
  const gMax = new Float64Array(G);
  for (let g = 0; g < G; g++) {
    gMin[g] = hasMin ? minValue : lo1[g]!;
    gMax[g] = hasMax ? maxValue : hi1[g]!;
  }
  for (let i = 0; i < n; i++) {
    const v = raw[i]!;
    if (v !== v) {
      out[i] = NaN;
      continue;
    }
    const g = G === 1 ? 0 : ids[i]!;
    const low = lo1[g]!;
    const high = hi1[g]!;
    let min = gMin[g]!;
    let max = gMax[g]!;
    if (v === low || v === high) {
      // The group's bounds without one occurrence of the row's own value (see othersBound).
      let lo = NaN;
      let hi = NaN;
      if (count[g]! > 1) {
        if (low === v) {
          lo = lo2[g]!;
          hi = high;
        } else {
          lo = low;
          hi = hi2[g]!;
        }
      }
      min = hasMin ? minValue : lo !== lo ? v : Math.min(lo, v);
      max = hasMax ? maxValue : hi !== hi ? v : Math.max(hi, v);
    }
    if (!(max > min)) {
      out[i] = 50;
      continue;
    }
    const x = (100 * (v - min)) / (max - min);
    const s = x < 0 ? 0 : x > 100 ? 100 : x;
    out[i] = higher ? s : 100 - s;
  }
  return out;
}

/** A column copied into the kernels' memory at double 2 (0 and 1 hold bounds), padded to even. */
interface Staged {
  n: number;
  padded: number;
}

function stage(kernels: ColumnKernels, raw: Float64Array): Staged {
  const n = raw.length;
  const f64 = kernels.f64(2 + 2 * (n + 1));
  return { n, padded: kernels.put(f64, 2, raw, 0, n) };
}

/** `groupBounds` of one group, from a staged column. */
function kernelBounds(kernels: ColumnKernels, staged: Staged) {
  const f64 = kernels.f64(2);
  f64[0] = Infinity;
  f64[1] = -Infinity;
  kernels.fn.bounds(16, staged.padded, 0);
  return { lo: Float64Array.of(f64[0]!), hi: Float64Array.of(f64[1]!) };
}

/** `100 × (v − min) / range`, clamped, of a staged column into `out` (100 − that when lower). */
function kernelScores(
  kernels: ColumnKernels,
  staged: Staged,
  out: Float64Array,
  min: number,
  range: number,
  higher: boolean,
): void {
  const dst = 2 + staged.padded;
  kernels.fn.minmax(16, dst * 8, staged.padded, min, range, higher ? 0 : 1);
  out.set(kernels.f64(dst + staged.n).subarray(dst, dst + staged.n));
}

/** Per group: the lowest and highest present value (±Infinity when it has none). */
function groupBounds(raw: Float64Array, groups: GroupIndex) {
  const G = groups.count;
  const lo = new Float64Array(G).fill(Infinity);
  const hi = new Float64Array(G).fill(-Infinity);
  if (G === 1) {
    let a = Infinity;
    let b = -Infinity;
    for (let i = 0; i < raw.length; i++) {
      const v = raw[i]!;
      if (v < a) a = v;
      if (v > b) b = v;
    }
    lo[0] = a;
    hi[0] = b;
    return { lo, hi };
  }
  const ids = groups.ids;
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i]!;
    const g = ids[i]!;
    if (v < lo[g]!) lo[g] = v;
    if (v > hi[g]!) hi[g] = v;
  }
  return { lo, hi };
}

type Extremes = ReturnType<typeof groupExtremes>;

/**
 * Per group: the two lowest and two highest present values (as a sort would list them) and
 * their count, in one pass; a sort of every column cost most of a full score.
 */
function groupExtremes(raw: Float64Array, groups: GroupIndex) {
  const G = groups.count;
  const lo1 = new Float64Array(G).fill(Infinity);
  const lo2 = new Float64Array(G).fill(Infinity);
  const hi1 = new Float64Array(G).fill(-Infinity);
  const hi2 = new Float64Array(G).fill(-Infinity);
  const count = new Int32Array(G);
  if (G === 1) {
    // One group (no peer groups): the same comparisons on locals, which the loop keeps in
    // registers instead of loading and storing the arrays at every value.
    let a1 = Infinity;
    let a2 = Infinity;
    let b1 = -Infinity;
    let b2 = -Infinity;
    let c = 0;
    for (let i = 0; i < raw.length; i++) {
      const v = raw[i]!;
      if (v !== v) continue;
      c++;
      if (v < a1) {
        a2 = a1;
        a1 = v;
      } else if (v < a2) a2 = v;
      if (v > b1) {
        b2 = b1;
        b1 = v;
      } else if (v > b2) b2 = v;
    }
    lo1[0] = a1;
    lo2[0] = a2;
    hi1[0] = b1;
    hi2[0] = b2;
    count[0] = c;
    return { lo1, lo2, hi1, hi2, count };
  }
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i]!;
    if (Number.isNaN(v)) continue;
    const g = groups.ids[i]!;
    count[g]! += 1;
    if (v < lo1[g]!) {
      lo2[g] = lo1[g]!;
      lo1[g] = v;
    } else if (v < lo2[g]!) lo2[g] = v;
    if (v > hi1[g]!) {
      hi2[g] = hi1[g]!;
      hi1[g] = v;
    } else if (v > hi2[g]!) hi2[g] = v;
  }
  return { lo1, lo2, hi1, hi2, count };
}
