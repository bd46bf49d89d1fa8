/**
 * The knife-edge list's margin in words, consistent with the engine's tier rule (a score at or
 * above a threshold is in that tier unless a gate holds it back): "0.04 below Gold (60)",
 * "1.3 above Silver (45)", "at Gold (60), held back by a gate". Near a threshold the figures get
 * two decimals, so a partner never reads "Silver 60.0, 0.0 to threshold" where Gold starts at 60.
 */
export interface Threshold {
  name: string;
  minScore: number;
}

export function marginWords(
  score: number,
  margin: number,
  tier: string | null,
  thresholds: readonly Threshold[],
): string {
  const at = score - margin;
  const threshold = thresholds.find((t) => Math.abs(t.minScore - at) < 1e-9);
  const name = threshold ? `${threshold.name} (${trim(threshold.minScore)})` : trim(at);
  if (margin < 0) return `${points(-margin)} below ${name}`;
  if (threshold && tier !== null && tier !== threshold.name) {
    // At or above the threshold yet in another tier: only a gate does that.
    const ranked = [...thresholds].sort((a, b) => a.minScore - b.minScore).map((t) => t.name);
    if (ranked.indexOf(tier) < ranked.indexOf(threshold.name))
      return `${margin < 0.005 ? 'at' : `${points(margin)} above`} ${name}, held back by a gate`;
  }
  return margin < 0.005 ? `at ${name}` : `${points(margin)} above ${name}`;
}

/** The score as shown beside it: two decimals within 0.05 of a threshold, else one. */
export function knifeEdgeScore(score: number, margin: number | null): string {
  return margin !== null && Math.abs(margin) < 0.05 ? score.toFixed(2) : score.toFixed(1);
}

function points(x: number): string {
  return x < 0.05 ? x.toFixed(2) : x.toFixed(1);
}

function trim(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}
