/**
 * Which KPIs move together? The correlation matrix of the KPI scores, their groups and the
 * composite as a heatmap from −1 (red) through 0 (white) to +1 (blue), each cell labelled.
 */
import { axisStyle, escapeHtml, tooltipStyle } from './axis-style';
import type { ChartPalette } from './palette';

export function correlationHeatmapOption(
  labels: readonly string[],
  matrix: readonly (number | null)[],
  p: ChartPalette,
) {
  const m = labels.length;
  const data: [number, number, number | '-'][] = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      const r = matrix[i * m + j];
      // y axis from the top: row i is drawn at m − 1 − i.
      data.push([j, m - 1 - i, r === null || r === undefined ? '-' : Math.round(r * 100) / 100]);
    }
  }
  const axis = axisStyle(p);
  return {
    animation: false,
    grid: { left: 170, right: 70, top: 8, bottom: 130 },
    tooltip: {
      ...tooltipStyle(p),
      formatter: (x: { value: [number, number, number | '-'] }) => {
        const [j, y, r] = x.value;
        const a = labels[m - 1 - y] ?? '';
        const b = labels[j] ?? '';
        return `${escapeHtml(a)} × ${escapeHtml(b)}: ${r === '-' ? 'not enough data' : `r = ${r.toFixed(2)}`}`;
      },
    },
    xAxis: {
      type: 'category',
      data: [...labels],
      ...axis,
      axisLabel: { ...axis.axisLabel, rotate: 50, interval: 0 },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      data: [...labels].reverse(),
      ...axis,
      axisLabel: { ...axis.axisLabel, interval: 0 },
    },
    visualMap: {
      type: 'continuous',
      min: -1,
      max: 1,
      calculable: false,
      orient: 'vertical',
      right: 0,
      top: 'middle',
      itemHeight: 160,
      text: ['+1', '−1'],
      textStyle: { color: p.muted, fontSize: 11 },
      inRange: { color: ['#c92a2a', '#ffc9c9', '#ffffff', '#a5d8ff', '#1864ab'] },
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: {
          show: m <= 24,
          fontSize: 9,
          color: '#212529',
          formatter: (x: { value: [number, number, number | '-'] }) => {
            const r = x.value[2];
            if (r === '-') return '';
            return Math.abs(r) < 0.05 ? '0' : r.toFixed(1);
          },
        },
        itemStyle: { borderColor: p.dark ? '#1a1b1e' : '#fff', borderWidth: 1 },
      },
    ],
  };
}
