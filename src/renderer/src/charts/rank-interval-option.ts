/**
 * How sure is each partner's rank? Partners in nominal rank order; for each, a bar from the 5th
 * to the 95th percentile rank over the samples, the median rank as a dot and the nominal rank as
 * a dash. Rank 1 at the top.
 */
import { axisStyle, escapeHtml, tooltipStyle } from './axis-style';
import type { ChartPalette } from './palette';

export interface RankInterval {
  name: string;
  nominalRank: number;
  medianRank: number;
  lowRank: number;
  highRank: number;
}

export function rankIntervalOption(rows: readonly RankInterval[], p: ChartPalette) {
  const axis = axisStyle(p);
  return {
    animation: false,
    grid: { left: 48, right: 12, top: 30, bottom: 36 },
    legend: {
      top: 0,
      textStyle: { color: p.text, fontSize: 11 },
      data: ['5–95 %', 'Median', 'Nominal'],
    },
    tooltip: {
      ...tooltipStyle(p),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => {
        const r = rows[items[0]?.dataIndex ?? 0];
        if (!r) return '';
        return `${escapeHtml(r.name)}<br>Nominal rank ${r.nominalRank}<br>Median ${r.medianRank}<br>5–95 %: ${r.lowRank}–${r.highRank}`;
      },
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.nominalRank),
      name: 'Partners by nominal rank',
      nameLocation: 'middle',
      nameGap: 22,
      ...axis,
    },
    yAxis: { type: 'value', name: 'Rank', inverse: true, min: 1, minInterval: 1, ...axis },
    series: [
      {
        name: 'base',
        type: 'bar',
        stack: 'interval',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: rows.map((r) => r.lowRank),
      },
      {
        name: '5–95 %',
        type: 'bar',
        stack: 'interval',
        barWidth: '70%',
        itemStyle: { color: p.accent, opacity: 0.45 },
        data: rows.map((r) => Math.max(r.highRank - r.lowRank, 0.5)),
      },
      {
        name: 'Median',
        type: 'scatter',
        symbolSize: 5,
        itemStyle: { color: p.accent },
        data: rows.map((r) => r.medianRank),
      },
      {
        name: 'Nominal',
        type: 'scatter',
        symbol: 'rect',
        symbolSize: [8, 2],
        itemStyle: { color: p.text },
        data: rows.map((r) => r.nominalRank),
      },
    ],
  };
}
