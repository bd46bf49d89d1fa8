import { useMemo } from 'react';
import type { ScorecardData } from '../../../../shared/api';
import { mm } from './chart-style';
import { compositeTrendOption } from './composite-trend-option';
import { SvgChart } from './SvgChart';

/** The composite over the last quarters, with the peer band behind it. */
export function CompositeTrend({ card }: { card: ScorecardData }) {
  const option = useMemo(() => compositeTrendOption(card), [card]);
  return (
    <div>
      <h2>Composite score over time against peers</h2>
      <SvgChart
        option={option}
        width={mm(88)}
        height={mm(46)}
        label="Composite score by period with the peer band"
      />
    </div>
  );
}
