import { memo, useMemo } from 'react';
import type { WhatIfResult } from '../../../../shared/api';
import { ChartCard } from '../../charts/ChartCard';
import {
  distributionCompareOption,
  movedThresholds,
} from '../../charts/distribution-compare-option';
import { EChart } from '../../charts/EChart';
import { useChartPalette } from '../../charts/palette';
import { CHART_THROTTLE_MS } from './chart-throttle';
import { useThrottledValue } from './use-throttled-value';

const TITLE = 'How does the score distribution shift?';

export const DistributionCompareChart = memo(function DistributionCompareChart({
  result,
}: {
  result: WhatIfResult;
}) {
  const palette = useChartPalette();
  const d = result.distribution;
  // Keyed by content: an answer with the same histograms does not redraw the chart.
  const key = JSON.stringify(d);
  const option = useMemo(
    () => distributionCompareOption(JSON.parse(key) as typeof d, palette),
    [key, palette],
  );
  const shown = useThrottledValue(option, CHART_THROTTLE_MS);
  return (
    <ChartCard
      title={TITLE}
      note={
        movedThresholds(d).length > 0
          ? 'lines: tier thresholds, dashed where they were'
          : 'lines: tier thresholds'
      }
      testId="whatif-distribution"
    >
      <EChart option={shown} height={240} label={TITLE} />
    </ChartCard>
  );
});
