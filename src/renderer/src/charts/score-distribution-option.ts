/**
 * How are scores spread, and where do the tier thresholds cut? A 5-point histogram with tier lines,
 * each bar stacked by the tier partners actually get (a gate can hold a high score in a low tier).
 */
import type { TierThreshold } from '../../../shared/api';
import { axisStyle, tooltipStyle } from './axis-style';
import type { ChartPalette } from './palette';
import { tierColor } from './palette';
import { tierBandMarkArea } from './tier-bands';

export function histogram(scores: Iterable<number>, binWidth = 5): number[] {
  const bins = new Array<number>(Math.ceil(100 / binWidth)).fill(0);
  for (const s of scores)
    bins[Math.min(bins.length - 1, Math.max(0, Math.floor(s / binWidth)))]! += 1;
  return bins;
}

/** Bins split by tier: `byTier[j]` for tier j, `byTier[tiers.length]` for partners below every tier. */
export function histogramByTier(
  points: Iterable<{ score: number; tier: number }>,
  tierCount: number,
  binWidth = 5,
): number[][] {
  const bins = Array.from({ length: tierCount + 1 }, () =>
    new Array<number>(Math.ceil(100 / binWidth)).fill(0),
  );
  for (const { score, tier } of points) {
    const b = Math.min(bins[0]!.length - 1, Math.max(0, Math.floor(score / binWidth)));
    bins[tier >= 0 && tier < tierCount ? tier : tierCount]![b]! += 1;
  }
  return bins;
}

export function scoreDistributionOption(
  byTier: number[][],
  tiers: TierThreshold[],
  p: ChartPalette,
) {
  const width = 100 / (byTier[0]?.length ?? 20);
  const names = [...tiers.map((t) => t.name), 'No tier'];
  const markLine = {
    symbol: 'none',
    silent: true,
    lineStyle: { color: p.target, type: 'dashed' },
    // The tier names sit level above each tier's band (markArea below), not on the lines.
    label: { show: false },
    data: tiers.filter((t) => t.minScore > 0).map((t) => ({ xAxis: t.minScore, name: t.name })),
  };
  return {
    animation: false,
    grid: { left: 44, right: 16, top: 30, bottom: 28 },
    tooltip: {
      ...tooltipStyle(p),
      trigger: 'item',
      formatter: (x: { value: [number, number]; seriesName: string }) =>
        `Score ${x.value[0] - width / 2}–${x.value[0] + width / 2}: ${x.value[1]} ${x.value[1] === 1 ? 'partner' : 'partners'} in ${x.seriesName}`,
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 10,
      ...axisStyle(p),
      splitLine: { show: false },
    },
    yAxis: { type: 'value', name: 'Partners', ...axisStyle(p) },
    series: byTier
      .map((bins, j) => ({
        type: 'bar',
        name: names[j],
        stack: 'partners',
        barWidth: '92%',
        itemStyle: { color: j < tiers.length ? tierColor(j) : p.muted },
        data: bins.map((count, i) => [i * width + width / 2, count]),
        ...(j === 0 ? { markLine, markArea: tierBandMarkArea(tiers, p) } : {}),
      }))
      .filter((series, j) => j === 0 || series.data.some((d) => d[1]! > 0)),
  };
}
