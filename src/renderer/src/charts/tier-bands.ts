/**
 * Tier names over a score axis, written level above the plot in the middle of each tier's band
 * (never rotated over the bars, never stacked on one another at the thresholds): an invisible
 * markArea per tier whose label sits on top. The thresholds themselves are drawn as lines.
 */
import type { ChartPalette } from './palette';

export interface TierBand {
  name: string;
  minScore: number;
}

export function tierBandMarkArea(tiers: readonly TierBand[], p: ChartPalette, max = 100) {
  const sorted = [...tiers].sort((a, b) => a.minScore - b.minScore);
  return {
    silent: true,
    itemStyle: { color: 'transparent' },
    label: {
      show: true,
      position: 'top',
      distance: 4,
      color: p.muted,
      fontSize: 10,
      overflow: 'truncate',
    },
    data: sorted.map((t, j) => [
      { name: t.name, xAxis: t.minScore },
      { xAxis: Math.min(max, sorted[j + 1]?.minScore ?? max) },
    ]),
  };
}
