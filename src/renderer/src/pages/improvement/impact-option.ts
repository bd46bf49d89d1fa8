/** The cumulative-impact chart: score points (bars) and revenue (line) gained since the baselines. */
import type { ImpactPoint } from '../../../../shared/api';
import { axisStyle, tooltipStyle } from '../../charts/axis-style';
import type { ChartPalette } from '../../charts/palette';
import type { EChartsCoreOption } from '../../charts/echarts-setup';

export function impactOption(
  points: ImpactPoint[],
  palette: ChartPalette,
  formatMoney: (v: number) => string,
): EChartsCoreOption {
  const axis = axisStyle(palette);
  return {
    animation: false,
    grid: { left: 56, right: 72, top: 32, bottom: 28 },
    legend: { top: 0, textStyle: { color: palette.muted, fontSize: 11 } },
    tooltip: { trigger: 'axis', ...tooltipStyle(palette) },
    xAxis: { type: 'category', data: points.map((p) => p.period.label), ...axis },
    yAxis: [
      { type: 'value', name: 'score points', ...axis },
      {
        type: 'value',
        name: 'revenue',
        ...axis,
        splitLine: { show: false },
        axisLabel: { ...axis.axisLabel, formatter: (v: number) => formatMoney(v) },
      },
    ],
    series: [
      {
        name: 'Score points gained',
        type: 'bar',
        data: points.map((p) => ({
          value: p.scorePoints,
          itemStyle: { color: p.scorePoints >= 0 ? palette.positive : palette.negative },
        })),
        barMaxWidth: 36,
      },
      {
        name: 'Revenue gained (per quarter)',
        type: 'line',
        yAxisIndex: 1,
        data: points.map((p) => p.revenue),
        lineStyle: { color: palette.accent },
        itemStyle: { color: palette.accent },
        tooltip: { valueFormatter: (v: unknown) => formatMoney(Number(v)) },
      },
    ],
  };
}
