/** Is the program moving up? Partners per tier in each period, stacked. */
import type { PeriodRef } from '../../../shared/api';
import { axisStyle, tooltipStyle } from './axis-style';
import { tierColor, type ChartPalette } from './palette';

export function tierHistoryOption(
  periods: PeriodRef[],
  tiers: string[],
  counts: Record<string, number>[],
  p: ChartPalette,
) {
  return {
    animation: false,
    grid: { left: 48, right: 12, top: 30, bottom: 24 },
    legend: {
      top: 0,
      left: 0,
      itemWidth: 10,
      itemHeight: 10,
      textStyle: { color: p.muted, fontSize: 11 },
    },
    tooltip: { ...tooltipStyle(p), trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: periods.map((x) => x.label), ...axisStyle(p) },
    yAxis: { type: 'value', ...axisStyle(p) },
    series: [...tiers].reverse().map((tier) => ({
      name: tier,
      type: 'bar',
      stack: 'tiers',
      barWidth: '60%',
      itemStyle: { color: tierColor(tiers.indexOf(tier)) },
      data: counts.map((c) => c[tier] ?? 0),
    })),
  };
}
