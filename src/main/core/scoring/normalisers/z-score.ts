/**
 * z-score within the peer group mapped to 0–100: 50 + 50 · z / spread, clamped (with the default
 * spread of 2.5, each standard deviation above the group mean is worth 20 points). Population
 * standard deviation; a group without spread scores 50. Sums are taken around the group mean
 * so that leave-one-out updates stay accurate for large values.
 */
import type { GroupIndex } from '../peer-groups';
import { clamp100, columnFor, type FittedScale } from './scale';

export function fitZScore(
  raw: Float64Array,
  direction: 'higher' | 'lower',
  groups: GroupIndex,
  spread = 2.5,
  out?: Float64Array,
): FittedScale {
  const G = groups.count;
  const count = new Float64Array(G);
  const centre = new Float64Array(G);
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i]!;
    if (Number.isNaN(v)) continue;
    const g = groups.ids[i]!;
    count[g] = count[g]! + 1;
    centre[g] = centre[g]! + v;
  }
  for (let g = 0; g < G; g++) centre[g] = count[g]! > 0 ? centre[g]! / count[g]! : 0;
  const sum = new Float64Array(G);
  const sumSq = new Float64Array(G);
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i]!;
    if (Number.isNaN(v)) continue;
    const g = groups.ids[i]!;
    const d = v - centre[g]!;
    sum[g] = sum[g]! + d;
    sumSq[g] = sumSq[g]! + d * d;
  }
  const scoreAt = (row: number, v: number): number => {
    const g = groups.ids[row]!;
    const own = raw[row]!;
    let n = count[g]!;
    let s = sum[g]!;
    let q = sumSq[g]!;
    if (!Number.isNaN(own)) {
      const d0 = own - centre[g]!;
      n -= 1;
      s -= d0;
      q -= d0 * d0;
    }
    const d = v - centre[g]!;
    n += 1;
    s += d;
    q += d * d;
    const mean = s / n;
    const variance = q / n - mean * mean;
    const sd = variance > 0 ? Math.sqrt(variance) : 0;
    if (!(sd > 1e-12 * (Math.abs(centre[g]!) + Math.abs(mean) + 1))) return 50;
    const z = (d - mean) / sd;
    return clamp100(50 + (50 * (direction === 'higher' ? z : -z)) / spread);
  };
  // Every row at its own value, in one loop: scoreAt(row, raw[row]) with the own value taken
  // out and put back (the same operations in the same order, so both agree bit for bit).
  const scores = columnFor(raw.length, out);
  const ids = groups.ids;
  const sign = direction === 'higher' ? 1 : -1;
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i]!;
    if (v !== v) {
      scores[i] = NaN;
      continue;
    }
    const g = ids[i]!;
    const c = centre[g]!;
    const d0 = v - c;
    const n = count[g]! - 1 + 1;
    const s = sum[g]! - d0 + d0;
    const q = sumSq[g]! - d0 * d0 + d0 * d0;
    const mean = s / n;
    const variance = q / n - mean * mean;
    const sd = variance > 0 ? Math.sqrt(variance) : 0;
    if (!(sd > 1e-12 * (Math.abs(c) + Math.abs(mean) + 1))) {
      scores[i] = 50;
      continue;
    }
    const z = (d0 - mean) / sd;
    scores[i] = clamp100(50 + (50 * (sign > 0 ? z : -z)) / spread);
  }
  return { scores, scoreAt, best: () => NaN };
}
