import { memo } from 'react';
import type { PortfolioTable } from '../../../../shared/api';
import { ParetoChart } from '../../charts/ParetoChart';
import { QuadrantChart } from '../../charts/QuadrantChart';
import { ScoreDistributionChart } from '../../charts/ScoreDistributionChart';
import { TierHistoryChart } from '../../charts/TierHistoryChart';
import { usePortfolioView } from './view-store';

interface PortfolioChartsProps {
  data: PortfolioTable;
  /** Partners in view. */
  rows: number[];
  /** Partners in view before the quadrant selection (the quadrant shows these). */
  unbrushed: number[];
}

/** The four charts above the table; the quadrant's selection filters the table. */
export const PortfolioCharts = memo(function PortfolioCharts({ data, rows, unbrushed }: PortfolioChartsProps) {
  const brush = usePortfolioView((s) => s.brush);
  const setBrush = usePortfolioView((s) => s.setBrush);
  return (
    <div className="portfolio-charts">
      <ScoreDistributionChart data={data} rows={rows} />
      <QuadrantChart data={data} rows={unbrushed} brush={brush} onBrush={setBrush} />
      <TierHistoryChart data={data} />
      <ParetoChart data={data} rows={rows} />
    </div>
  );
});
