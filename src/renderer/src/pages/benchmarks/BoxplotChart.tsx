import { useMemo } from 'react';
import { ChartCard } from '../../charts/ChartCard';
import { EChart } from '../../charts/EChart';
import { useChartPalette } from '../../charts/palette';
import './boxplot-setup';
import { boxplotOption, type BoxplotInput } from './boxplot-option';

/** "How is the KPI spread in each peer group, and where is the selected partner?" */
export function BoxplotChart(props: BoxplotInput & { partnerName: string | null }) {
  const palette = useChartPalette();
  const { table, kpiIndex, partnerIndex, currency, partnerName } = props;
  const option = useMemo(
    () => boxplotOption({ table, kpiIndex, partnerIndex, currency }, palette),
    [table, kpiIndex, partnerIndex, currency, palette],
  );
  const kpi = table.kpis[kpiIndex]!;
  const groups = table.groupBy.length ? 'peer group' : 'the whole channel';
  return (
    <ChartCard
      title={`How is ${kpi.name} spread in each ${groups}${partnerName ? `, and where is ${partnerName}?` : '?'}`}
      note={`Box: p25–p75, line: median, whiskers: min–max. Grey: fewer than ${table.minGroupSize} partners with a figure.`}
      testId="benchmark-boxplot"
    >
      <EChart
        option={option}
        height={380}
        label={`Box plots of ${kpi.name} per group`}
        testId="benchmark-boxplot-chart"
      />
    </ChartCard>
  );
}
