/** The cumulative-impact chart: score points (bars) and revenue (line) gained since the baselines. */
import type { ImpactPoint } from '../../../../shared/api';
import { axisStyle, tooltipStyle } from '../../charts/axis-style';
import type { ChartPalette } from '../../charts/palette';
import type { EChartsCoreOption } from '../../charts/echarts-setup';

/** Axis ranges with zero at the same height on both axes (bars and line share a baseline). */
export function alignedRanges(
  a: readonly number[],
  b: readonly number[],
): [{ min: number; max: number }, { min: number; max: number }] {
  const span = (xs: readonly number[]) => ({
    lo: Math.min(0, ...xs),
    hi: Math.max(0, ...xs),
  });
  const sa = span(a);
  const sb = span(b);
  const share = (s: { lo: number; hi: number }) => (s.hi - s.lo > 0 ? -s.lo / (s.hi - s.lo) : 0);
  const below = Math.min(0.9, Math.max(share(sa), share(sb)));
  const range = (s: { lo: number; hi: number }) => {
    const top = Math.max(s.hi, (-s.lo * (1 - below)) / Math.max(below, 1e-9), 1e-9) * 1.1;
    return { min: below > 0 ? (-top * below) / (1 - below) : 0, max: top };
  };
  return [range(sa), range(sb)];
}

export function impactOption(
  points: ImpactPoint[],
  palette: ChartPalette,
  formatMoney: (v: number) => string,
): EChartsCoreOption {
  const axis = axisStyle(palette);
  const [left, right] = alignedRanges(
    points.map((p) => p.scorePoints),
    points.map((p) => p.revenue),
  );
  return {
    animation: false,
    grid: { left: 56, right: 72, top: 32, bottom: 28 },
    legend: { top: 0, textStyle: { color: palette.muted, fontSize: 11 } },
    tooltip: { trigger: 'axis', ...tooltipStyle(palette) },
    xAxis: { type: 'category', data: points.map((p) => p.period.label), ...axis },
    yAxis: [
      {
        type: 'value',
        name: 'score points',
        ...left,
        ...axis,
        axisLabel: { ...axis.axisLabel, formatter: (v: number) => String(Math.round(v)) },
      },
      {
        type: 'value',
        name: 'revenue',
        ...right,
        ...axis,
        splitLine: { show: false },
        axisLabel: { ...axis.axisLabel, formatter: (v: number) => formatMoney(v) },
      },
    ],
    series: [
      {
        name: 'Score points gained',
        type: 'bar',
        itemStyle: { color: palette.positive },
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
