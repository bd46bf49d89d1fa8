/**
 * Percentile rank within the peer group: 100 × (peers below + ½ peers equal) / peers, where
 * "peers" are the other partners of the group with a value. The lowest scores 0, the highest
 * 100, ties share the average; a partner alone in its group scores 50.
 */
import type { GroupIndex } from '../peer-groups';
import { columnFor, type FittedScale } from './scale';
import { argsortAscending, groupOrder } from './argsort';
import { bound } from './sorted-groups';

export function fitPercentile(
  raw: Float64Array,
  direction: 'higher' | 'lower',
  groups: GroupIndex,
): FittedScale {
  return fitPercentileInto(raw, direction, groups);
}

/** `fitPercentile` writing the scores into `out` when it has the right length. */
export function fitPercentileInto(
  raw: Float64Array,
  direction: 'higher' | 'lower',
  groups: GroupIndex,
  out?: Float64Array,
): FittedScale {
  const { order, start } = groupOrder(argsortAscending(raw), groups.ids, groups.count);
  const values = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++) values[k] = raw[order[k]!]!;
  // Every row at once, one walk over each group's runs of equal values: the same arithmetic as
  // scoreAt(row, own value), where the run is [firstEqual, firstAbove).
  const scores = columnFor(raw.length, out).fill(NaN);
  for (let g = 0; g < groups.count; g++) {
    const lo = start[g]!;
    const hi = start[g + 1]!;
    const others = hi - lo - 1;
    for (let a = lo; a < hi;) {
      let b = a + 1;
      while (b < hi && values[b] === values[a]) b++;
      const better = direction === 'higher' ? a - lo : hi - b;
      const score = others <= 0 ? 50 : (100 * (better + 0.5 * (b - a - 1))) / others;
      for (let k = a; k < b; k++) scores[order[k]!] = score;
      a = b;
    }
  }
  const scoreAt = (row: number, v: number): number => {
    const g = groups.ids[row]!;
    const lo = start[g]!;
    const hi = start[g + 1]!;
    const own = raw[row]!;
    const hasOwn = !Number.isNaN(own);
    const others = hi - lo - (hasOwn ? 1 : 0);
    if (others <= 0) return 50;
    const firstEqual = bound(values, lo, hi, v, false);
    const firstAbove = bound(values, lo, hi, v, true);
    let below = firstEqual - lo;
    let equal = firstAbove - firstEqual;
    let above = hi - firstAbove;
    if (hasOwn) {
      if (own < v) below -= 1;
      else if (own > v) above -= 1;
      else equal -= 1;
    }
    const better = direction === 'higher' ? below : above;
    return (100 * (better + 0.5 * equal)) / others;
  };
  return {
    scores,
    scoreAt,
    best(row) {
      const g = groups.ids[row]!;
      const lo = start[g]!;
      const hi = start[g + 1]!;
      const own = raw[row]!;
      if (hi - lo - (Number.isNaN(own) ? 0 : 1) <= 0) return NaN;
      // The extreme other than the row itself (one occurrence of its own value removed).
      if (direction === 'higher') {
        const top = values[hi - 1]! === own ? values[hi - 2]! : values[hi - 1]!;
        return top + Math.max(1e-9, Math.abs(top) * 1e-9);
      }
      const bottom = values[lo]! === own ? values[lo + 1]! : values[lo]!;
      return bottom - Math.max(1e-9, Math.abs(bottom) * 1e-9);
    },
  };
}
