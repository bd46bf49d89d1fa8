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

const NONE: number[] = [];

/** The four charts above the table; the quadrant's selection filters the table. */
export const PortfolioCharts = memo(function PortfolioCharts({
  data,
  rows,
  unbrushed,
}: PortfolioChartsProps) {
  const brush = usePortfolioView((s) => s.brush);
  const setBrush = usePortfolioView((s) => s.setBrush);
  // The charts follow the table at a lower priority: filtering never waits for a redraw, and when
  // the page opens the table paints first (the charts start empty and fill in right after: at
  // 100,000 partners drawing them takes about half a second).
  const shownRows = useDeferredValue(rows, NONE);
  const shownUnbrushed = useDeferredValue(unbrushed, NONE);
  return (
    <div className="portfolio-charts">
      <ScoreDistributionChart data={data} rows={shownRows} />
      <QuadrantChart data={data} rows={shownUnbrushed} brush={brush} onBrush={setBrush} />
      <TierHistoryChart data={data} />
      <ParetoChart data={data} rows={shownRows} />
    </div>
  );
});
