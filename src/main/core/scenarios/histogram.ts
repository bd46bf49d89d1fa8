/** Composite score histograms: 20 bins of 5 points over 0–100, a score of 100 in the last bin. */
export const HISTOGRAM_BINS = 20;

export function binEdges(bins = HISTOGRAM_BINS): number[] {
  return Array.from({ length: bins + 1 }, (_, i) => (100 * i) / bins);
}

/** Counts of the scored values (NaN left out) per bin. */
export function scoreHistogram(values: Float64Array, bins = HISTOGRAM_BINS): number[] {
  const counts = new Array<number>(bins).fill(0);
  const width = 100 / bins;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    const b = Math.min(bins - 1, Math.max(0, Math.floor(v / width)));
    counts[b]!++;
  }
  return counts;
}
