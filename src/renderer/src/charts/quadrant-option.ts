/**
 * Who to grow, keep, help or review? Attainment (performance) against engagement, one dot per
 * partner coloured by its action segment, with the segment rules' thresholds drawn. Brushing a
 * rectangle selects partners for the table.
 */
import { SEGMENTS, type Segment } from '../../../shared/api';
import { axisStyle, escapeHtml, tooltipStyle } from './axis-style';
import { SEGMENT_COLORS, type ChartPalette } from './palette';

export interface QuadrantPoints {
  /** Per segment: [attainment, engagement, row] triples. */
  bySegment: Record<Segment, [number, number, number][]>;
  xMax: number;
  missing: number;
}

export interface QuadrantRules {
  attainmentName: string;
  growAt: number;
  engagedAt: number;
}

export function quadrantOption(
  points: QuadrantPoints,
  rules: QuadrantRules,
  nameOf: (row: number) => string,
  p: ChartPalette,
) {
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  return {
    animation: false,
    grid: { left: 44, right: 64, top: 40, bottom: 40 },
    legend: {
      top: 0,
      left: 0,
      itemWidth: 10,
      itemHeight: 10,
      textStyle: { color: p.muted, fontSize: 11 },
    },
    tooltip: {
      ...tooltipStyle(p),
      trigger: 'item',
      formatter: (x: { seriesName: string; value: [number, number, number] }) =>
        `${escapeHtml(nameOf(x.value[2]))}<br/>${x.seriesName}: ${escapeHtml(rules.attainmentName)} ${pct(x.value[0])}, engagement index ${x.value[1].toFixed(1)}`,
    },
    brush: {
      xAxisIndex: 0,
      yAxisIndex: 0,
      brushType: 'rect',
      brushMode: 'single',
      throttleType: 'debounce',
      throttleDelay: 150,
      brushStyle: {
        borderWidth: 1,
        color: 'rgba(28,126,214,0.12)',
        borderColor: 'rgba(28,126,214,0.8)',
      },
      outOfBrush: { colorAlpha: 0.15 },
    },
    xAxis: {
      type: 'value',
      name: `${rules.attainmentName} →`,
      nameLocation: 'middle',
      nameGap: 24,
      min: 0,
      max: points.xMax,
      axisLabel: { ...axisStyle(p).axisLabel, formatter: (v: number) => pct(v) },
      axisLine: axisStyle(p).axisLine,
      splitLine: axisStyle(p).splitLine,
      nameTextStyle: axisStyle(p).nameTextStyle,
    },
    yAxis: {
      type: 'value',
      name: 'Engagement index',
      nameLocation: 'middle',
      nameGap: 30,
      min: 0,
      max: 100,
      ...axisStyle(p),
    },
    series: SEGMENTS.map((segment, i) => ({
      name: segment,
      type: 'scatter',
      large: true,
      largeThreshold: 200,
      symbolSize: 4,
      itemStyle: { color: SEGMENT_COLORS[segment], opacity: 0.75 },
      data: points.bySegment[segment],
      ...(i === 0
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { color: p.target, type: 'dashed' },
              label: { color: p.muted, fontSize: 10 },
              data: [
                // Both labels sit outside the plot (above it, right of it), level, so that
                // they never cover a partner's dot.
                {
                  xAxis: rules.growAt,
                  label: { formatter: 'on target', position: 'end', rotate: 0 },
                },
                {
                  yAxis: rules.engagedAt,
                  label: { formatter: `engaged\n${rules.engagedAt}`, position: 'end' },
                },
              ],
            },
          }
        : {}),
    })),
  };
}
