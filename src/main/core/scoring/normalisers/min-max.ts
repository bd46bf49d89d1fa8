/**
 * Min–max scaling: 100 × (value − lowest) / (highest − lowest), with the peer group's lowest and
 * highest value (the row's own value included) or fixed bounds; clamped to 0–100, inverted for
 * lower-is-better KPIs. A group whose values are all equal scores 50.
 */
import type { GroupIndex } from '../peer-groups';
import { clamp100, scoresFrom, type FittedScale } from './scale';
import { sortByGroup } from './sorted-groups';

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
  const { values, start } = fixed
    ? { values: new Float64Array(0), start: new Int32Array(1) }
    : sortByGroup(raw, groups);
  /** Lowest and highest value of the row's group without one occurrence of its own value. */
  const othersRange = (row: number): [number, number] => {
    const g = groups.ids[row]!;
    let lo = start[g]!;
    let hi = start[g + 1]!;
    const own = raw[row]!;
    if (!Number.isNaN(own)) {
      if (values[lo] === own) lo += 1;
      else if (values[hi - 1] === own) hi -= 1;
    }
    return lo < hi ? [values[lo]!, values[hi - 1]!] : [NaN, NaN];
  };
  const scoreAt = (row: number, v: number): number => {
    let min = options.min ?? NaN;
    let max = options.max ?? NaN;
    if (!fixed) {
      const [lo, hi] = othersRange(row);
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
      const [lo, hi] = othersRange(row);
      return direction === 'higher' ? hi : lo;
    },
  };
}
