/** One KPI's value (and target) over the periods: a small multiple of the scorecard. */
import type { ScorecardData, ScorecardKpi } from '../../../../shared/api';
import { formatCompact, type NumberStyle } from '../../../../shared/api/export-format';
import { AXIS_TEXT, GRID, OWN, TARGET } from './chart-style';
import { shortPeriod } from './composite-trend-option';
import type { EChartsCoreOption } from './svg-echarts';

export function kpiTrendOption(
  card: ScorecardData,
  kpi: ScorecardKpi,
  style: NumberStyle,
): EChartsCoreOption {
  const labels = card.periods.map((p) => shortPeriod(p.label));
  const hasTarget = kpi.targetHistory.some((t) => t !== null);
  return {
    grid: { left: 42, right: 8, top: 8, bottom: 18 },
    xAxis: {
      type: 'category',
      data: labels,
      boundaryGap: false,
      axisLabel: { ...AXIS_TEXT, fontSize: 7, interval: 'auto' },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: GRID } },
    },
    yAxis: {
      type: 'value',
      scale: kpi.unit !== 'percent',
      splitNumber: 3,
      axisLabel: {
        ...AXIS_TEXT,
        fontSize: 7,
        formatter: (v: number) => formatCompact(v, kpi.unit, style),
      },
      splitLine: { lineStyle: { color: GRID } },
    },
    series: [
      ...(hasTarget
        ? [
            {
              type: 'line',
              data: kpi.targetHistory,
              symbol: 'none',
              lineStyle: { color: TARGET, width: 1, type: 'dashed' },
            },
          ]
        : []),
      {
        type: 'line',
        data: kpi.history,
        symbol: 'circle',
        symbolSize: 3,
        connectNulls: false,
        itemStyle: { color: OWN },
        lineStyle: { color: OWN, width: 1.6 },
      },
    ],
  };
}
