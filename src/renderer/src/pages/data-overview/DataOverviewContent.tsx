import { SimpleGrid, Stack } from '@mantine/core';
import type { WorkspaceInfo } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useApiQuery } from '../../hooks/use-api-query';
import { EmptyWorkspaceNotice } from './EmptyWorkspaceNotice';
import { ImportsTable } from './ImportsTable';
import { MeasuresTable } from './MeasuresTable';
import { OverviewSkeleton } from './OverviewSkeleton';
import { PartnerBreakdownTable } from './PartnerBreakdownTable';
import { PeriodsTable } from './PeriodsTable';
import { StatCards } from './StatCards';
import { WorkspaceSummaryLine } from './WorkspaceSummaryLine';
import { SignalImportsCard } from '../signals/SignalImportsCard';

/** Everything `workspace.overview` says about the open workspace. */
export function DataOverviewContent({ workspace }: { workspace: WorkspaceInfo }) {
  const overview = useApiQuery('workspace.overview', {});
  const summary = (
    <WorkspaceSummaryLine
      workspace={workspace}
      onRefresh={overview.reload}
      refreshing={overview.status === 'loading' || overview.refreshing}
    />
  );

  if (overview.status === 'loading') {
    return (
      <>
        {summary}
        <OverviewSkeleton />
      </>
    );
  }
  if (overview.status === 'error') {
    return (
      <>
        {summary}
        <ApiErrorAlert error={overview.error} onRetry={overview.reload} />
      </>
    );
  }

  const data = overview.data;
  const empty = data.counts.partners === 0 && data.counts.values === 0;
  return (
    <>
      {summary}
      {empty && <EmptyWorkspaceNotice />}
      <StatCards counts={data.counts} periods={data.periods} />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
          <PartnerBreakdownTable dimension="type" rows={data.partnersByType} />
          <PartnerBreakdownTable dimension="region" rows={data.partnersByRegion} />
          <PeriodsTable rows={data.periods} />
        </SimpleGrid>
        <MeasuresTable rows={data.measures} />
        <ImportsTable rows={data.imports} />
        <SignalImportsCard />
      </Stack>
    </>
  );
}
