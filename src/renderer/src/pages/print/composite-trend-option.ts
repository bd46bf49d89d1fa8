/** "How has the score moved against peers?": own composite over the periods, peer band behind. */
import type { ScorecardData } from '../../../../shared/api';
import { AXIS_TEXT, GRID, OWN, PEER_BAND, PEER_MEDIAN } from './chart-style';
import type { EChartsCoreOption } from './svg-echarts';

/** "2026 Q3" → "’26 Q3", so eight periods fit under a half-page chart. */
export function shortPeriod(label: string): string {
  return label.replace(/^\d\d(\d\d) /, '’$1 ');
}

export function compositeTrendOption(card: ScorecardData): EChartsCoreOption {
  const labels = card.periods.map((p) => shortPeriod(p.label));
  const peer = card.trend.peer;
  const low = peer.map((b) => b?.p25 ?? null);
  const spread = peer.map((b) => (b ? Math.round((b.p75 - b.p25) * 10) / 10 : null));
  const median = peer.map((b) => b?.median ?? null);
  const own = card.trend.composite.map((v) => (v === null ? null : Math.round(v * 10) / 10));
  const quiet = { symbol: 'none', silent: true, lineStyle: { opacity: 0 } };
  return {
    grid: { left: 30, right: 16, top: 14, bottom: 22 },
    xAxis: {
      type: 'category',
      data: labels,
      boundaryGap: false,
      axisLabel: { ...AXIS_TEXT, interval: 0 },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: GRID } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 25,
      axisLabel: AXIS_TEXT,
      splitLine: { lineStyle: { color: GRID } },
    },
    series: [
      { type: 'line', data: low, stack: 'band', ...quiet },
      {
        type: 'line',
        data: spread,
        stack: 'band',
        ...quiet,
        areaStyle: { color: PEER_BAND, opacity: 1 },
      },
      {
        type: 'line',
        data: median,
        symbol: 'none',
        lineStyle: { color: PEER_MEDIAN, width: 1.2, type: 'dashed' },
      },
      {
        type: 'line',
        data: own,
        symbol: 'circle',
        symbolSize: 5,
        itemStyle: { color: OWN },
        lineStyle: { color: OWN, width: 2.2 },
        label: {
          show: true,
          position: 'top',
          fontSize: 8,
          color: OWN,
          formatter: (p: { dataIndex: number; value: number }) =>
            p.dataIndex === own.length - 1 ? p.value.toFixed(1) : '',
        },
      },
    ],
  };
}
