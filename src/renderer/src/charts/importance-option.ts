/**
 * Does each KPI weigh what it was given? Per KPI its nominal weight share, its importance share
 * (squared correlation with the composite, as a share) and the suggested weight share.
 */
import { axisStyle, escapeHtml, tooltipStyle } from './axis-style';
import type { ChartPalette } from './palette';

export interface ImportanceBar {
  name: string;
  weight: number;
  importance: number | null;
  suggested: number;
}

export function importanceOption(rows: readonly ImportanceBar[], p: ChartPalette) {
  const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
  const axis = axisStyle(p);
  return {
    animation: false,
    grid: { left: 48, right: 8, top: 30, bottom: 110 },
    legend: { top: 0, textStyle: { color: p.text, fontSize: 11 } },
    tooltip: {
      ...tooltipStyle(p),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { axisValue: string; seriesName: string; value: number | null }[]) =>
        [
          escapeHtml(items[0]?.axisValue ?? ''),
          ...items.map((i) => `${i.seriesName}: ${i.value === null ? '—' : `${i.value} %`}`),
        ].join('<br>'),
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      ...axis,
      axisLabel: { ...axis.axisLabel, rotate: 45, interval: 0 },
    },
    yAxis: { type: 'value', name: '% of the composite', ...axis },
    series: [
      {
        name: 'Weight',
        type: 'bar',
        data: rows.map((r) => pct(r.weight)),
        itemStyle: { color: p.muted },
      },
      {
        name: 'Importance',
        type: 'bar',
        data: rows.map((r) => pct(r.importance)),
        itemStyle: { color: p.accent },
      },
      {
        name: 'Suggested weight',
        type: 'bar',
        data: rows.map((r) => pct(r.suggested)),
        itemStyle: { color: p.positive },
      },
    ],
  };
}
