/**
 * Min–max scaling: 100 × (value − lowest) / (highest − lowest), with the peer group's lowest and
 * highest value (the row's own value included) or fixed bounds; clamped to 0–100, inverted for
 * lower-is-better KPIs. A group whose values are all equal scores 50.
 */
import type { GroupIndex } from '../peer-groups';
import { clamp100, scoresFrom, type FittedScale } from './scale';

export interface MinMaxOptions {
  min?: number;
  max?: number;
}

export function fitMinMax(
  raw: Float64Array,
  direction: 'higher' | 'lower',
  groups: GroupIndex,
  options: MinMaxOptions = {},
): FittedScale {
  const fixed = options.min !== undefined && options.max !== undefined;
  const ext = fixed ? null : groupExtremes(raw, groups);
  /**
   * Lowest and highest value of the row's group without one occurrence of its own value (taken
   * off the low end when it is the lowest, else off the high end when it is the highest).
   */
  const othersBound = (row: number, low: boolean): number => {
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
    scores: scoresFrom(raw, scoreAt),
    scoreAt,
    best(row) {
      if (direction === 'higher' && options.max !== undefined) return options.max;
      if (direction === 'lower' && options.min !== undefined) return options.min;
      return othersBound(row, direction !== 'higher');
    },
  };
}

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
