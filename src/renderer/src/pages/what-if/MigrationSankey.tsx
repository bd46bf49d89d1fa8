import { memo, useMemo } from 'react';
import type { WhatIfResult } from '../../../../shared/api';
import { ChartCard } from '../../charts/ChartCard';
import { EChart } from '../../charts/EChart';
import { useChartPalette } from '../../charts/palette';
import { sankeyOption } from '../../charts/sankey-option';
import { markChartsDrawn } from './use-painted-mark';
import { CHART_THROTTLE_MS } from './chart-throttle';
import { useThrottledValue } from './use-throttled-value';

const TITLE = 'Where do partners go?';

export const MigrationSankey = memo(function MigrationSankey({ result }: { result: WhatIfResult }) {
  const palette = useChartPalette();
  // Keyed by content: an answer that moves nobody between tiers does not redraw the chart.
  const key = JSON.stringify([result.fromTiers, result.toTiers, result.matrix]);
  const option = useMemo(() => {
    const [fromTiers, toTiers, matrix] = JSON.parse(key) as [string[], string[], number[][]];
    return sankeyOption({ fromTiers, toTiers, matrix }, palette);
  }, [key, palette]);
  const shown = useThrottledValue(option, CHART_THROTTLE_MS);
  return (
    <ChartCard title={TITLE} note="now → what-if" testId="whatif-sankey">
      <EChart option={shown} height={230} label={TITLE} onReady={markChartsDrawn} />
    </ChartCard>
  );
});
