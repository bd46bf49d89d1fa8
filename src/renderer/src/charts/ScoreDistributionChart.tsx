import { useMemo } from 'react';
import type { PortfolioTable } from '../../../shared/api';
import { formatScore } from '../components/value-format';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';
import { useChartPalette } from './palette';
import { histogram, scoreDistributionOption } from './score-distribution-option';

/** Score distribution of the partners in view, with the tier thresholds. */
export function ScoreDistributionChart({ data, rows }: { data: PortfolioTable; rows: number[] }) {
  const palette = useChartPalette();
  const { option, median } = useMemo(() => {
    const scores = rows
      .map((i) => data.composite[i])
      .filter((x): x is number => x !== null && x !== undefined);
    const sorted = [...scores].sort((a, b) => a - b);
    return {
      option: scoreDistributionOption(histogram(scores), data.tiers, palette),
      median: sorted.length ? sorted[sorted.length >> 1]! : null,
    };
  }, [data, rows, palette]);
  const title = 'How are scores spread across the tiers?';
  return (
    <ChartCard
      title={title}
      note={median === null ? undefined : `median ${formatScore(median)}`}
      testId="chart-distribution"
    >
      <EChart option={option} height={210} label={title} />
    </ChartCard>
  );
}
