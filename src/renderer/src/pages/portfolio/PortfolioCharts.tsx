import { memo, useDeferredValue } from 'react';
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
export const PortfolioCharts = memo(function PortfolioCharts({
  data,
  rows,
  unbrushed,
}: PortfolioChartsProps) {
  const brush = usePortfolioView((s) => s.brush);
  const setBrush = usePortfolioView((s) => s.setBrush);
  // The charts follow the table at a lower priority: filtering never waits for a redraw.
  const shownRows = useDeferredValue(rows);
  const shownUnbrushed = useDeferredValue(unbrushed);
  return (
    <div className="portfolio-charts">
      <ScoreDistributionChart data={data} rows={shownRows} />
      <QuadrantChart data={data} rows={shownUnbrushed} brush={brush} onBrush={setBrush} />
      <TierHistoryChart data={data} />
      <ParetoChart data={data} rows={shownRows} />
    </div>
  );
});
