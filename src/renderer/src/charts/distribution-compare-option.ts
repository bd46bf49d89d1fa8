/**
 * How does the score distribution shift? The baseline's histogram (grey) and the what-if one
 * (outlined) on the same bins, with each side's tier thresholds: dashed now, solid what-if.
 */
import { axisStyle, tooltipStyle } from './axis-style';
import type { ChartPalette } from './palette';
import { tierBandMarkArea } from './tier-bands';

export interface DistributionCompare {
  binEdges: readonly number[];
  before: readonly number[];
  after: readonly number[];
  thresholdsBefore: readonly { tier: string; minScore: number }[];
  thresholdsAfter: readonly { tier: string; minScore: number }[];
}

/** Bin centres with both counts, for the chart and its tooltip. */
export function distributionBins(d: DistributionCompare) {
  return d.before.map((before, i) => {
    const lo = d.binEdges[i] ?? 0;
    const hi = d.binEdges[i + 1] ?? lo;
    return { lo, hi, centre: (lo + hi) / 2, before, after: d.after[i] ?? 0 };
  });
}

/** Thresholds above 0 that moved, so that an unchanged line is drawn once. */
export function movedThresholds(d: DistributionCompare) {
  const after = new Map(d.thresholdsAfter.map((t) => [t.tier, t.minScore]));
  return d.thresholdsBefore.filter((t) => t.minScore > 0 && after.get(t.tier) !== t.minScore);
}

export function distributionCompareOption(d: DistributionCompare, p: ChartPalette) {
  const bins = distributionBins(d);
  // Where a threshold moved, the old line is dashed and unlabelled (the card's note says so).
  const line = (dashed: boolean, color: string) => ({
    symbol: 'none',
    silent: true,
    animation: false,
    lineStyle: { color, type: dashed ? 'dashed' : 'solid', width: 1 },
    // Tier names are written level above each what-if tier's band (markArea), not on the lines.
    label: { show: false },
  });
  return {
    animation: false,
    grid: { left: 44, right: 12, top: 40, bottom: 28 },
    legend: {
      top: 0,
      right: 0,
      itemWidth: 12,
      itemHeight: 8,
      textStyle: { color: p.muted, fontSize: 11 },
      data: ['Now', 'What-if'],
    },
    tooltip: {
      ...tooltipStyle(p),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (xs: { dataIndex: number }[]) => {
        const b = bins[xs[0]?.dataIndex ?? 0];
        if (!b) return '';
        return `Score ${b.lo}–${b.hi}<br/>Now: ${b.before} partners<br/>What-if: ${b.after} partners`;
      },
    },
    xAxis: {
      type: 'value',
      min: d.binEdges[0] ?? 0,
      max: d.binEdges.at(-1) ?? 100,
      interval: 10,
      ...axisStyle(p),
      splitLine: { show: false },
    },
    yAxis: { type: 'value', name: 'Partners', minInterval: 1, ...axisStyle(p) },
    series: [
      {
        name: 'Now',
        type: 'bar',
        barWidth: '90%',
        barGap: '-100%',
        itemStyle: { color: p.muted, opacity: 0.45 },
        data: bins.map((b) => [b.centre, b.before]),
        markLine: {
          ...line(true, p.muted),
          data: movedThresholds(d).map((t) => ({
            xAxis: t.minScore,
            name: `${t.tier} (now)`,
          })),
        },
      },
      {
        name: 'What-if',
        type: 'bar',
        barWidth: '90%',
        barGap: '-100%',
        itemStyle: {
          color: p.dark ? 'rgba(77, 171, 247, 0.22)' : 'rgba(28, 126, 214, 0.16)',
          borderColor: p.accent,
          borderWidth: 1.5,
        },
        data: bins.map((b) => [b.centre, b.after]),
        markLine: {
          ...line(false, p.target),
          data: d.thresholdsAfter
            .filter((t) => t.minScore > 0)
            .map((t) => ({ xAxis: t.minScore, name: t.tier })),
        },
        markArea: tierBandMarkArea(
          d.thresholdsAfter.map((t) => ({ name: t.tier, minScore: t.minScore })),
          p,
          d.binEdges.at(-1) ?? 100,
        ),
      },
    ],
  };
}
