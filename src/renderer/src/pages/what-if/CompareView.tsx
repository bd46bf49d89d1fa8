import { SimpleGrid, Stack } from '@mantine/core';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../hooks/use-api-query';
import { CompareKpiShares } from './CompareKpiShares';
import { ComparePartners } from './ComparePartners';
import { CompareSummary } from './CompareSummary';
import { CompareTierCounts } from './CompareTierCounts';
import { useWhatIf } from './whatif-context';

/** What each scenario does against its baseline, and where they disagree. */
export function CompareView({ scenarioIds }: { scenarioIds: number[] }) {
  const { selection } = useWhatIf();
  const query = useApiQuery('scenarios.compare', {
    scenarioIds,
    ...(selection.period !== null ? { period: selection.period } : {}),
  });
  if (query.status === 'loading') return <LoadingState label="Scoring the scenarios…" />;
  if (query.status === 'error') {
    return (
      <ApiErrorAlert error={query.error} context="Comparing the scenarios" onRetry={query.reload} />
    );
  }
  const c = query.data;
  return (
    <Stack gap="sm" data-testid="whatif-compare">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
        <CompareSummary comparison={c} />
        <CompareTierCounts comparison={c} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
        <CompareKpiShares comparison={c} />
        <ComparePartners comparison={c} />
      </SimpleGrid>
    </Stack>
  );
}
