import { Stack } from '@mantine/core';
import type { BenchmarkTable } from '../../../../shared/api';
import { BoxplotChart } from './BoxplotChart';
import { GroupStatsTable } from './GroupStatsTable';

interface DistributionPanelProps {
  table: BenchmarkTable;
  currency: string;
  partner: string | null;
}

/** Box plots per group with the highlighted partner, and the numbers behind them. */
export function DistributionPanel({ table, currency, partner }: DistributionPanelProps) {
  const partnerIndex = partner && table.partners ? table.partners.externalId.indexOf(partner) : -1;
  const partnerName = partnerIndex >= 0 ? table.partners!.name[partnerIndex]! : null;
  return (
    <Stack gap="sm">
      <BoxplotChart
        table={table}
        kpiIndex={0}
        partnerIndex={partnerIndex}
        currency={currency}
        partnerName={partnerName}
      />
      <GroupStatsTable table={table} kpiIndex={0} currency={currency} />
    </Stack>
  );
}
