/**
 * Box plots of one KPI per peer group (whiskers at min and max, box from p25 to p75, median
 * line), the selected partner as a marker in its group, reference benchmarks as dashed lines.
 * Groups with fewer than k partners with a figure are grey: partners never see them as such.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { BenchmarkTable } from '../../../../shared/api';
import { axisStyle, escapeHtml, tooltipStyle } from '../../charts/axis-style';
import type { ChartPalette } from '../../charts/palette';
import { formatFigure } from './figure-format';

export interface BoxplotInput {
  table: BenchmarkTable;
  kpiIndex: number;
  /** Index of the selected partner in `table.partners`, or -1. */
  partnerIndex: number;
  currency: string;
}

export function boxplotOption(input: BoxplotInput, p: ChartPalette): EChartsCoreOption {
  const { table, kpiIndex, partnerIndex, currency } = input;
  const kpi = table.kpis[kpiIndex]!;
  const stats = table.stats[kpiIndex]!;
  const k = table.minGroupSize;
  const fmt = (v: number | null | undefined) =>
    formatFigure(v, kpi.unit, currency, { aggregate: true, compact: true });
  const categories = table.groups.map((g, i) => `${g.label} (${stats[i]?.count ?? 0})`);
  const boxes = stats.map((s) => ({
    value: s ? [s.min, s.p25, s.median, s.p75, s.max] : [],
    itemStyle: {
      color: s && s.count >= k ? (p.dark ? '#1c3d5a' : '#d0ebff') : p.grid,
      borderColor: s && s.count >= k ? p.accent : p.muted,
    },
  }));
  const partners = table.partners;
  const marker =
    partners && partnerIndex >= 0 && partners.values[kpiIndex]![partnerIndex] !== null
      ? [[partners.group[partnerIndex]!, partners.values[kpiIndex]![partnerIndex]!]]
      : [];
  const references = table.references.filter((r) => r.kpi === kpi.key);
  return {
    aria: { enabled: true },
    animation: false,
    grid: { left: 72, right: 24, top: 24, bottom: table.groups.length > 6 ? 96 : 48 },
    tooltip: {
      ...tooltipStyle(p),
      trigger: 'item',
      formatter: (params: { seriesType: string; dataIndex: number; value: number[] }) => {
        if (params.seriesType === 'scatter') {
          const name = partners ? escapeHtml(partners.name[partnerIndex] ?? '') : '';
          return `${name}<br/>${escapeHtml(kpi.name)}: <b>${fmt(params.value[1])}</b>`;
        }
        const s = stats[params.dataIndex];
        const g = table.groups[params.dataIndex]!;
        if (!s) return `${escapeHtml(g.label)}: no figures`;
        return [
          `<b>${escapeHtml(g.label)}</b> — ${s.count} of ${g.partners} partners with a figure`,
          `max ${fmt(s.max)}`,
          `p75 ${fmt(s.p75)}`,
          `median ${fmt(s.median)}`,
          `p25 ${fmt(s.p25)}`,
          `min ${fmt(s.min)}`,
          `mean ${fmt(s.mean)}`,
          s.count < k ? `<i>Fewer than ${k}: merged or hidden in partner-facing views</i>` : '',
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: categories,
      ...axisStyle(p),
      axisLabel: {
        ...axisStyle(p).axisLabel,
        interval: 0,
        rotate: table.groups.length > 6 ? 30 : 0,
      },
    },
    yAxis: {
      type: 'value',
      scale: true,
      name: kpi.name,
      ...axisStyle(p),
      axisLabel: { ...axisStyle(p).axisLabel, formatter: (v: number) => fmt(v) },
    },
    series: [
      {
        type: 'boxplot',
        name: kpi.name,
        data: boxes,
        markLine: references.length
          ? {
              symbol: 'none',
              silent: true,
              lineStyle: { type: 'dashed', color: p.target },
              label: {
                color: p.muted,
                formatter: (d: { name: string }) => d.name,
                position: 'insideEndTop',
              },
              data: references.map((r) => ({
                yAxis: r.value,
                name: `${r.source}: ${fmt(r.value)}`,
              })),
            }
          : undefined,
      },
      {
        type: 'scatter',
        name: 'Selected partner',
        data: marker,
        symbol: 'diamond',
        symbolSize: 14,
        itemStyle: { color: p.negative, borderColor: p.dark ? '#000' : '#fff', borderWidth: 1 },
        z: 10,
      },
    ],
  };
}
