import { argsortAscending } from './normalisers/argsort';

/**
 * Rank (1 = best; ties share the better rank) and percentile among scored partners, by the
 * same rule as the percentile normaliser: 100 × (partners below + ½ equal) / other partners.
 */
export interface Ranking {
  /** 0 for unscored rows. */
  rank: Int32Array;
  /** NaN for unscored rows. */
  percentile: Float64Array;
  scored: number;
}

export function rankScores(composite: Float64Array): Ranking {
  const n = composite.length;
  const order = argsortAscending(composite);
  const m = order.length;
  const rank = new Int32Array(n);
  const percentile = new Float64Array(n).fill(NaN);
  for (let a = 0; a < m;) {
    const value = composite[order[a]!]!;
    let b = a + 1;
    while (b < m && composite[order[b]!] === value) b++;
    const pct = m > 1 ? (100 * (a + 0.5 * (b - a - 1))) / (m - 1) : 50;
    for (let k = a; k < b; k++) {
      rank[order[k]!] = m - b + 1;
      percentile[order[k]!] = pct;
    }
    a = b;
  }
  return { rank, percentile, scored: m };
}
