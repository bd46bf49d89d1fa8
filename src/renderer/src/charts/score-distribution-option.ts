/** How are scores spread, and where do the tier thresholds cut? A 5-point histogram with tier lines. */
import type { TierThreshold } from '../../../shared/api';
import { axisStyle, tooltipStyle } from './axis-style';
import type { ChartPalette } from './palette';
import { tierColor } from './palette';

export function histogram(scores: Iterable<number>, binWidth = 5): number[] {
  const bins = new Array<number>(Math.ceil(100 / binWidth)).fill(0);
  for (const s of scores)
    bins[Math.min(bins.length - 1, Math.max(0, Math.floor(s / binWidth)))]! += 1;
  return bins;
}

function tierIndexAt(score: number, tiers: TierThreshold[]): number {
  let index = 0;
  tiers.forEach((t, i) => {
    if (score >= t.minScore) index = i;
  });
  return index;
}

export function scoreDistributionOption(bins: number[], tiers: TierThreshold[], p: ChartPalette) {
  const width = 100 / bins.length;
  return {
    animation: false,
    grid: { left: 44, right: 12, top: 22, bottom: 28 },
    tooltip: {
      ...tooltipStyle(p),
      trigger: 'item',
      formatter: (x: { value: [number, number] }) =>
        `Score ${x.value[0] - width / 2}–${x.value[0] + width / 2}: ${x.value[1]} partners`,
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
    series: [
      {
        type: 'bar',
        barWidth: '92%',
        data: bins.map((count, i) => ({
          value: [i * width + width / 2, count],
          itemStyle: { color: tierColor(tierIndexAt(i * width, tiers)) },
        })),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: p.target, type: 'dashed' },
          label: { color: p.text, fontSize: 10, formatter: '{b}', position: 'insideEndTop' },
          data: tiers
            .filter((t) => t.minScore > 0)
            .map((t) => ({ xAxis: t.minScore, name: t.name })),
        },
      },
    ],
  };
}
