/** Is this partner's score rising or falling, and against which tier thresholds? */
import type { TierThreshold } from '../../../shared/api';
import { axisStyle, tooltipStyle } from './axis-style';
import { tierColor, type ChartPalette } from './palette';

export function compositeTrendOption(
  labels: string[],
  composite: (number | null)[],
  tiers: TierThreshold[],
  p: ChartPalette,
) {
  return {
    animation: false,
    grid: { left: 36, right: 70, top: 10, bottom: 24 },
    tooltip: {
      ...tooltipStyle(p),
      trigger: 'axis',
      valueFormatter: (v: number | null) => (v === null ? '—' : v.toFixed(1)),
    },
    xAxis: { type: 'category', data: labels, boundaryGap: false, ...axisStyle(p) },
    yAxis: { type: 'value', min: 0, max: 100, interval: 25, ...axisStyle(p) },
    series: [
      {
        name: 'Composite',
        type: 'line',
        connectNulls: false,
        symbolSize: 6,
        lineStyle: { color: p.accent, width: 2 },
        itemStyle: { color: p.accent },
        data: composite,
        markArea: {
          silent: true,
          data: tiers.map((t, i) => [
            { yAxis: t.minScore, itemStyle: { color: tierColor(i), opacity: 0.1 } },
            { yAxis: tiers[i + 1]?.minScore ?? 100 },
          ]),
        },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: p.grid, type: 'dashed' },
          label: { color: p.muted, fontSize: 10, position: 'end', formatter: '{b}' },
          data: tiers
            .filter((t) => t.minScore > 0)
            .map((t) => ({ yAxis: t.minScore, name: t.name })),
        },
      },
    ],
  };
}
