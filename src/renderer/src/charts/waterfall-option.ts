/**
 * Why is the score what it is? Each KPI's contribution stacked from zero, largest first, ending
 * in the composite — the bars add up to it.
 */
import { axisStyle, tooltipStyle } from './axis-style';
import type { ChartPalette } from './palette';

export interface WaterfallStep {
  label: string;
  value: number;
}

export function waterfallOption(steps: WaterfallStep[], total: number, p: ChartPalette) {
  const bases: number[] = [];
  let running = 0;
  for (const s of steps) {
    bases.push(running);
    running += s.value;
  }
  const labels = [...steps.map((s) => s.label), 'Composite'];
  return {
    animation: false,
    grid: { left: 36, right: 12, top: 18, bottom: 70 },
    tooltip: {
      ...tooltipStyle(p),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (xs: { name: string; seriesName: string; value: number }[]) => {
        const bar = xs.find((x) => x.seriesName === 'Contribution');
        return bar ? `${bar.name}: ${bar.value.toFixed(2)} points` : '';
      },
    },
    xAxis: {
      type: 'category',
      data: labels,
      ...axisStyle(p),
      axisLabel: { ...axisStyle(p).axisLabel, rotate: 35, interval: 0, fontSize: 10 },
    },
    yAxis: { type: 'value', min: 0, max: 100, ...axisStyle(p) },
    series: [
      {
        name: 'Base',
        type: 'bar',
        stack: 'w',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: [...bases, 0],
      },
      {
        name: 'Contribution',
        type: 'bar',
        stack: 'w',
        barWidth: '60%',
        label: {
          show: true,
          position: 'top',
          color: p.muted,
          fontSize: 10,
          formatter: (x: { value: number }) => x.value.toFixed(1),
        },
        data: [
          ...steps.map((s) => ({ value: s.value, itemStyle: { color: p.accent } })),
          { value: total, itemStyle: { color: p.positive } },
        ],
      },
    ],
  };
}
