/** Partners per tier in every period, from the engine's trend series (each period scored on its own). */
import type { TrendSeries } from '../scoring/trend';

export function tierHistory(
  trend: TrendSeries,
  tiers: readonly string[],
): Record<string, number>[] {
  const out: Record<string, number>[] = [];
  for (let t = 0; t < trend.periods; t++) {
    const counts = new Array<number>(tiers.length).fill(0);
    const offset = t * trend.partners;
    for (let p = 0; p < trend.partners; p++) {
      const tier = trend.tier[offset + p]!;
      if (tier >= 0) counts[tier]! += 1;
    }
    out.push(Object.fromEntries(tiers.map((name, i) => [name, counts[i]!])));
  }
  return out;
}
