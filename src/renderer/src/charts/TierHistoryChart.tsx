import { useMemo } from 'react';
import type { PortfolioTable } from '../../../shared/api';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';
import { useChartPalette } from './palette';
import { tierHistoryOption } from './tier-history-option';

/** Partners per tier in every period (all partners, each period scored on its own data). */
export function TierHistoryChart({ data }: { data: PortfolioTable }) {
  const palette = useChartPalette();
  const option = useMemo(
    () =>
      tierHistoryOption(
        data.periods,
        data.tiers.map((t) => t.name),
        data.tierHistory,
        palette,
      ),
    [data, palette],
  );
  const title = 'Is the program moving up? Partners per tier by period';
  return (
    <ChartCard title={title} note="all partners" testId="chart-tiers">
      <EChart option={option} height={260} label={title} />
    </ChartCard>
  );
}
