/**
 * How robust is the ranking? Partners per tenth of stability (share of perturbed samples in which
 * a partner keeps its tier); bars below the knife-edge line in red.
 */
import { axisStyle, tooltipStyle } from './axis-style';
import type { ChartPalette } from './palette';

export function stabilityBinLabel(i: number): string {
  return `${i * 10}–${(i + 1) * 10} %`;
}

export function stabilityHistogramOption(
  histogram: readonly number[],
  knifeEdgeBelow: number,
  p: ChartPalette,
) {
  return {
    animation: false,
    grid: { left: 44, right: 8, top: 30, bottom: 40 },
    tooltip: {
      ...tooltipStyle(p),
      trigger: 'item',
      formatter: (x: { dataIndex: number; value: number }) =>
        `Kept their tier in ${stabilityBinLabel(x.dataIndex)} of samples: ${x.value} partners`,
    },
    xAxis: {
      type: 'category',
      data: histogram.map((_, i) => `${i * 10}`),
      name: 'Stability (%)',
      nameLocation: 'middle',
      nameGap: 24,
      ...axisStyle(p),
    },
    yAxis: { type: 'value', name: 'Partners', minInterval: 1, ...axisStyle(p) },
    series: [
      {
        type: 'bar',
        barWidth: '85%',
        data: histogram.map((value, i) => ({
          value,
          itemStyle: { color: (i + 1) / 10 <= knifeEdgeBelow ? p.negative : p.positive },
        })),
      },
    ],
  };
}
