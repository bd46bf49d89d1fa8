import { useMemo } from 'react';
import type { PortfolioTable } from '../../../shared/api';
import { formatShare } from '../components/value-format';
import { ChartCard } from './ChartCard';
import { ChartEmpty, NO_MATCH } from './ChartEmpty';
import { EChart } from './EChart';
import { useChartPalette } from './palette';
import { concentration, paretoOption } from './pareto-option';

/** Revenue concentration of the partners in view; one partner above 15 % is a risk. */
export function ParetoChart({ data, rows }: { data: PortfolioTable; rows: number[] }) {
  const palette = useChartPalette();
  const c = useMemo(() => concentration(rows.map((i) => data.revenue[i] ?? 0)), [data, rows]);
  const option = useMemo(() => paretoOption(c, palette), [c, palette]);
  const title = 'How concentrated is revenue?';
  const risky = c.largestShare > 0.15;
  if (rows.length === 0 || c.total <= 0)
    return (
      <ChartCard title={title} testId="chart-pareto">
        <ChartEmpty height={210}>
          {rows.length === 0
            ? NO_MATCH
            : `No revenue is recorded for the ${rows.length.toLocaleString()} partner${rows.length === 1 ? '' : 's'} in view in ${data.period.label}, so there is no concentration to show.`}
        </ChartEmpty>
      </ChartCard>
    );
  return (
    <ChartCard
      title={title}
      testId="chart-pareto"
      note={
        <span
          data-testid="pareto-note"
          style={risky ? { color: 'var(--mantine-color-red-7)' } : undefined}
        >
          top 10 partners {formatShare(c.top10Share)} · largest {formatShare(c.largestShare)}
          {risky ? ' (above 15 %)' : ''}
        </span>
      }
    >
      <EChart option={option} height={210} label={title} />
    </ChartCard>
  );
}
