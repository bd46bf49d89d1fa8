/**
 * Target attainment with a cap: attainment = value / target (target / value for lower-is-better
 * KPIs), score = 100 × min(attainment, cap) / cap. With cap 1.25 a partner on target scores 80
 * and one at 125 % or more scores 100. A missing or non-positive target leaves the KPI missing.
 */
import { columnFor, type FittedScale } from './scale';

export function fitTarget(
  raw: Float64Array,
  direction: 'higher' | 'lower',
  targets: Float64Array,
  cap: number,
  out?: Float64Array,
): FittedScale {
  const scoreAt = (row: number, v: number): number => {
    const target = targets[row]!;
    if (!(target > 0) || Number.isNaN(v)) return NaN;
    let attainment: number;
    if (direction === 'higher') attainment = v <= 0 ? 0 : v / target;
    else attainment = v <= 0 ? cap : target / v;
    return (100 * Math.min(attainment, cap)) / cap;
  };
  // Every row at its own value in one loop, the same operations as scoreAt.
  const scores = columnFor(raw.length, out);
  const higher = direction === 'higher';
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i]!;
    const target = targets[i]!;
    if (v !== v || !(target > 0)) {
      scores[i] = NaN;
      continue;
    }
    const attainment = higher ? (v <= 0 ? 0 : v / target) : v <= 0 ? cap : target / v;
    scores[i] = (100 * Math.min(attainment, cap)) / cap;
  }
  return {
    scores,
    scoreAt,
    best(row) {
      const target = targets[row]!;
      if (!(target > 0)) return NaN;
      return direction === 'higher' ? cap * target : target / cap;
    },
  };
}
