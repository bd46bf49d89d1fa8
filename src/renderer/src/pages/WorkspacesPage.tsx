import { SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DEFAULT_PATH } from '../app/sections';
import { PageHeader } from '../components/PageHeader';
import { CreateWorkspaceForm } from '../workspaces/CreateWorkspaceForm';
import { OpenWorkspaceForm } from '../workspaces/OpenWorkspaceForm';
import { runMenuAction } from '../workspaces/run-menu-action';
import { openWorkspace } from '../workspaces/workspace-actions';
import { CurrentWorkspaceCard } from './workspaces/CurrentWorkspaceCard';
import { FormCard } from './workspaces/FormCard';
import { OpenDemoCard } from './workspaces/OpenDemoCard';
import { RecentWorkspacesTable } from './workspaces/RecentWorkspacesTable';

/** The workspace switcher as a full page: the open file, open/create forms, recent files. */
export function WorkspacesPage() {
  const navigate = useNavigate();
  const [openingPath, setOpeningPath] = useState<string | null>(null);
  const toOverview = () => void navigate(DEFAULT_PATH);

  const openRecent = (path: string) => {
    setOpeningPath(path);
    runMenuAction('Open a recent workspace', async () => {
      try {
        await openWorkspace(path);
        toOverview();
      } finally {
        setOpeningPath(null);
      }
    });
  };

  return (
    <>
      <PageHeader
        title="Workspaces"
        description="A workspace is one file with your partners, their results and targets. Open, create or switch it here."
      />
      <Stack gap="md" maw={1100}>
        <CurrentWorkspaceCard />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <FormCard id="open-title" title="Open a workspace">
            <OpenWorkspaceForm onOpened={toOverview} />
          </FormCard>
          <OpenDemoCard onOpened={toOverview} />
          <FormCard id="new-empty-title" title="New empty workspace">
            <CreateWorkspaceForm demo={false} onCreated={toOverview} />
          </FormCard>
          <FormCard id="new-demo-title" title="New demo workspace">
            <CreateWorkspaceForm demo onCreated={toOverview} />
          </FormCard>
        </SimpleGrid>
        <RecentWorkspacesTable onOpen={openRecent} openingPath={openingPath} />
      </Stack>
    </>
  );
}
