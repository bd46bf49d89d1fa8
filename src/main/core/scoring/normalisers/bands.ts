/**
 * Banded thresholds: `scores[i]` for values in [thresholds[i-1], thresholds[i]); below the first
 * threshold `scores[0]`. Lower-is-better KPIs simply list descending scores.
 */
import { columnFor, type FittedScale } from './scale';
import { bound } from './sorted-groups';

export function fitBands(
  raw: Float64Array,
  thresholds: number[],
  scores: number[],
  out?: Float64Array,
): FittedScale {
  const cuts = Float64Array.from(thresholds);
  const band = (v: number) => bound(cuts, 0, cuts.length, v, true);
  const scoreAt = (_row: number, v: number): number => scores[band(v)] ?? NaN;
  const top = Math.max(...scores);
  const scoreList = Float64Array.from(scores);
  const column = columnFor(raw.length, out);
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i]!;
    column[i] = v !== v ? NaN : (scoreList[bound(cuts, 0, cuts.length, v, true)] ?? NaN);
  }
  return {
    scores: column,
    scoreAt,
    best(row) {
      // The band with the top score nearest to the row's current band.
      const v = raw[row]!;
      const current = Number.isNaN(v) ? 0 : band(v);
      let bestBand = -1;
      scores.forEach((s, i) => {
        if (s === top && (bestBand < 0 || Math.abs(i - current) < Math.abs(bestBand - current)))
          bestBand = i;
      });
      if (bestBand === current) return v;
      if (bestBand > current) return cuts[bestBand - 1]!;
      const edge = cuts[bestBand]!;
      return edge - Math.max(1e-9, Math.abs(edge) * 1e-9);
    },
  };
}
