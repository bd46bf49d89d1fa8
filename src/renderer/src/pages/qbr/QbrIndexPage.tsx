import { SimpleGrid, Stack } from '@mantine/core';
import { sectionByKey } from '../../app/sections';
import { PageHeader } from '../../components/PageHeader';
import { SelectionBar } from '../../components/selection/SelectionBar';
import { useSelection } from '../../components/selection/use-selection';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { BatchExportCard } from './BatchExportCard';
import { DataExportCard } from './DataExportCard';
import { PartnerSearch } from './PartnerSearch';
import { SavedReviews } from './SavedReviews';

/** `#/qbr`: find a partner to prepare its QBR, saved QBRs, and exports for many partners. */
export function QbrIndexPage() {
  const section = sectionByKey('qbr');
  const [selection, select] = useSelection();
  return (
    <>
      <PageHeader
        title={section.title}
        description={section.purpose}
        actions={<SelectionBar selection={selection} onChange={select} />}
      />
      <WorkspaceGate>
        {() => (
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              <PartnerSearch />
              <SavedReviews />
            </SimpleGrid>
            <BatchExportCard />
            <DataExportCard selection={selection} />
          </Stack>
        )}
      </WorkspaceGate>
    </>
  );
}
