import { sectionByKey } from '../app/sections';
import { PageHeader } from '../components/PageHeader';
import { WorkspaceGate } from '../components/WorkspaceGate';
import { DataOverviewContent } from './data-overview/DataOverviewContent';
import { ImportDataButton, ImportDropZone } from './import/ImportEntry';

export function DataOverviewPage() {
  const section = sectionByKey('data');
  return (
    <>
      <PageHeader
        title={section.title}
        description={section.purpose}
        actions={<ImportDataButton />}
      />
      <WorkspaceGate>
        {(workspace) => (
          <>
            <ImportDropZone />
            <DataOverviewContent workspace={workspace} />
          </>
        )}
      </WorkspaceGate>
    </>
  );
}
