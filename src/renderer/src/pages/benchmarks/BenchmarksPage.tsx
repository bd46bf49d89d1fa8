import { sectionByKey } from '../../app/sections';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { SelectionBar } from '../../components/selection/SelectionBar';
import { useSelection } from '../../components/selection/use-selection';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { useApiQuery } from '../../hooks/use-api-query';
import type { Selection } from '../../stores/selection-store';
import { BenchmarksContent } from './BenchmarksContent';

function BenchmarksData({ selection }: { selection: Selection }) {
  const options = useApiQuery('benchmark.options', {
    ...(selection.methodologyId !== null ? { methodologyId: selection.methodologyId } : {}),
    ...(selection.version !== null ? { version: selection.version } : {}),
  });
  if (options.status === 'loading') return <LoadingState label="Loading benchmark options…" />;
  if (options.status === 'error') {
    return <ApiErrorAlert error={options.error} context="Benchmarks" onRetry={options.reload} />;
  }
  return <BenchmarksContent options={options.data} selection={selection} />;
}

/** `#/benchmarks`: peer groups, box plots, league table, baseline trends, the partner-safe view. */
export function BenchmarksPage() {
  const section = sectionByKey('benchmarks');
  const [selection, select] = useSelection();
  return (
    <>
      <PageHeader
        title={section.title}
        description={section.purpose}
        actions={<SelectionBar selection={selection} onChange={select} />}
      />
      <WorkspaceGate>{() => <BenchmarksData selection={selection} />}</WorkspaceGate>
    </>
  );
}
