import { useMemo } from 'react';
import type { PortfolioTable } from '../../../shared/api';
import { formatScore } from '../components/value-format';
import { ChartCard } from './ChartCard';
import { ChartEmpty, NO_MATCH } from './ChartEmpty';
import { EChart } from './EChart';
import { useChartPalette } from './palette';
import { histogramByTier, scoreDistributionOption } from './score-distribution-option';

/** Score distribution of the partners in view, with the tier thresholds. */
export function ScoreDistributionChart({ data, rows }: { data: PortfolioTable; rows: number[] }) {
  const palette = useChartPalette();
  const { option, median } = useMemo(() => {
    const tierIndex = new Map(data.tiers.map((t, j) => [t.name, j]));
    const points = rows.flatMap((i) => {
      const score = data.composite[i];
      if (score === null || score === undefined) return [];
      return [{ score, tier: tierIndex.get(data.tier[i] ?? '') ?? -1 }];
    });
    const sorted = points.map((x) => x.score).sort((a, b) => a - b);
    return {
      option: scoreDistributionOption(
        histogramByTier(points, data.tiers.length),
        data.tiers,
        palette,
      ),
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
      {median === null ? (
        <ChartEmpty height={210}>
          {rows.length === 0
            ? NO_MATCH
            : `None of the ${rows.length.toLocaleString()} partners in view has a score in ${data.period.label}.`}
        </ChartEmpty>
      ) : (
        <EChart option={option} height={210} label={title} />
      )}
    </ChartCard>
  );
}
