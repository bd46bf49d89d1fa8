/**
 * How concentrated is revenue? The cumulative share of revenue against the share of partners,
 * largest first (a Pareto curve), with the top 20 % marked.
 */
import { axisStyle, tooltipStyle } from './axis-style';
import type { ChartPalette } from './palette';

export interface Concentration {
  /** Cumulative revenue share at 0 %, 1 % … 100 % of partners. */
  curve: number[];
  partners: number;
  total: number;
  top10Share: number;
  top20PctShare: number;
  largestShare: number;
}

/** `revenues` need not be sorted; negative and missing revenue counts as none. */
export function concentration(revenues: number[]): Concentration {
  const sorted = revenues.map((r) => Math.max(0, r)).sort((a, b) => b - a);
  const total = sorted.reduce((a, b) => a + b, 0);
  const n = sorted.length;
  const cumulative = new Float64Array(n + 1);
  sorted.forEach((r, i) => (cumulative[i + 1] = cumulative[i]! + r));
  const shareAt = (count: number) => (total > 0 ? cumulative[Math.min(n, count)]! / total : 0);
  return {
    curve: Array.from({ length: 101 }, (_, pct) => shareAt(Math.round((pct / 100) * n))),
    partners: n,
    total,
    top10Share: shareAt(10),
    top20PctShare: shareAt(Math.round(0.2 * n)),
    largestShare: shareAt(1),
  };
}

export function paretoOption(c: Concentration, p: ChartPalette) {
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  return {
    animation: false,
    grid: { left: 44, right: 16, top: 16, bottom: 40 },
    tooltip: {
      ...tooltipStyle(p),
      trigger: 'axis',
      formatter: (xs: { value: [number, number] }[]) => {
        const v = xs[0]?.value;
        return v ? `Top ${v[0]} % of partners: ${pct(v[1])} of revenue` : '';
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      name: 'Share of partners, largest first →',
      nameLocation: 'middle',
      nameGap: 24,
      ...axisStyle(p),
      axisLabel: { ...axisStyle(p).axisLabel, formatter: '{value} %' },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      ...axisStyle(p),
      axisLabel: { ...axisStyle(p).axisLabel, formatter: (v: number) => pct(v) },
    },
    series: [
      {
        type: 'line',
        showSymbol: false,
        lineStyle: { color: p.accent, width: 2 },
        areaStyle: { color: p.accent, opacity: 0.12 },
        data: c.curve.map((share, i) => [i, share]),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: p.target, type: 'dashed' },
          label: { color: p.text, fontSize: 10, formatter: `top 20 %: ${pct(c.top20PctShare)}` },
          data: [{ xAxis: 20 }],
        },
      },
    ],
  };
}
