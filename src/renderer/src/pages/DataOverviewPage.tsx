import { sectionByKey } from '../app/sections';
import { PageHeader } from '../components/PageHeader';
import { WorkspaceGate } from '../components/WorkspaceGate';
import { DataOverviewContent } from './data-overview/DataOverviewContent';

export function DataOverviewPage() {
  const section = sectionByKey('data');
  return (
    <>
      <PageHeader title={section.title} description={section.purpose} />
      <WorkspaceGate>{(workspace) => <DataOverviewContent workspace={workspace} />}</WorkspaceGate>
    </>
  );
}
