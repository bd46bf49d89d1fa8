import { SimpleGrid } from '@mantine/core';
import type { DataOverview } from '../../../../shared/api';
import { formatInteger, formatPercent } from '../../format/numbers';
import { StatCard } from './StatCard';

/** "8 quarters" or "24 months, 8 quarters, 2 years": which grains the periods come in. */
function periodsByGrain(periods: DataOverview['periods']): string | undefined {
  const counts = new Map<string, number>();
  for (const p of periods) counts.set(p.grain, (counts.get(p.grain) ?? 0) + 1);
  const order = ['month', 'quarter', 'year'];
  const grains = [...counts.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  if (grains.length === 0) return undefined;
  return grains
    .map((g) => {
      const n = counts.get(g) ?? 0;
      return `${formatInteger(n)} ${g}${n === 1 ? '' : 's'}`;
    })
    .join(', ');
}

function share(part: number, whole: number): string {
  return whole > 0 ? formatPercent(part / whole) : '–';
}

/** The workspace's headline counts, one card each. */
interface StatCardsProps {
  counts: DataOverview['counts'];
  periods: DataOverview['periods'];
}

export function StatCards({ counts, periods }: StatCardsProps) {
  const perPartner = counts.partners > 0 ? Math.round(counts.values / counts.partners) : 0;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, xl: 7 }} spacing="xs" mb="md">
      <StatCard
        label="Partners"
        value={counts.partners}
        testId="count-partners"
        detail={`${formatInteger(counts.activePartners)} active (${share(counts.activePartners, counts.partners)})`}
      />
      <StatCard
        label="Periods"
        value={counts.periods}
        testId="count-periods"
        detail={periodsByGrain(periods)}
      />
      <StatCard
        label="Measures"
        value={counts.measures}
        testId="count-measures"
        detail="raw metrics"
      />
      <StatCard
        label="Values"
        value={counts.values}
        testId="count-values"
        detail={counts.partners > 0 ? `≈ ${formatInteger(perPartner)} per partner` : undefined}
      />
      <StatCard
        label="Targets"
        value={counts.targets}
        testId="count-targets"
        detail="by partner and period"
      />
      <StatCard
        label="Deal registrations"
        value={counts.dealRegistrations}
        testId="count-deal-registrations"
        detail="transaction grain"
      />
      <StatCard label="Imports" value={counts.imports} testId="count-imports" detail="committed" />
    </SimpleGrid>
  );
}
