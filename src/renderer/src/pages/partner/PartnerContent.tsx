import { SimpleGrid, Stack } from '@mantine/core';
import { useEffect } from 'react';
import type { PartnerPage } from '../../../../shared/api';
import type { Selection } from '../../stores/selection-store';
import { GateBlocksAlert } from '../../components/GateBlocksAlert';
import { CategoryRadar } from './CategoryRadar';
import { CompositeCard } from './CompositeCard';
import { ContributionWaterfall } from './ContributionWaterfall';
import { CoverageNotes } from './CoverageNotes';
import { KpiTable } from './KpiTable';
import { KpiTrends } from './KpiTrends';
import { MdfAllocations } from './MdfAllocations';
import { NextTier } from './NextTier';
import { PartnerHeader } from './PartnerHeader';
import { RiskFlags } from '../risks/RiskFlags';
import { ValueSources } from './ValueSources';
import { PartnerDisputes } from '../disputes/PartnerDisputes';
import { PartnerSignalsCard } from '../signals/PartnerSignalsCard';

/** The loaded Partner page, top to bottom: who, how good, why, how it moved, what next, from where. */
export function PartnerContent({ page, selection }: { page: PartnerPage; selection: Selection }) {
  useEffect(() => {
    performance.mark('partner:interactive');
  }, [page]);
  return (
    <Stack gap="sm" data-testid="partner-page">
      <PartnerHeader page={page} selection={selection} />
      <CoverageNotes page={page} />
      <GateBlocksAlert
        blocks={page.gateBlocks.filter(
          (b) => b.tierIndex > page.tiers.findIndex((t) => t.name === page.explanation.tier),
        )}
        currency={page.currency}
        compact
      />
      <RiskFlags partner={page.profile.externalId} period={page.explanation.period.key} />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        <CompositeCard page={page} />
        <CategoryRadar page={page} />
        <NextTier page={page} />
      </SimpleGrid>
      <KpiTable page={page} />
      <PartnerSignalsCard partner={page.profile.externalId} period={page.explanation.period.key} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
        <ContributionWaterfall page={page} />
        <KpiTrends page={page} />
      </SimpleGrid>
      <MdfAllocations partner={page.profile.externalId} currency={page.currency} />
      <PartnerDisputes page={page} />
      <ValueSources page={page} />
    </Stack>
  );
}
