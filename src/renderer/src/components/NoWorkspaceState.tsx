import { Button, Center, EmptyState, Group, Stack } from '@mantine/core';
import { useAsyncAction } from '../hooks/use-async-action';
import { useUiStore } from '../stores/ui-store';
import { openDemoWorkspace } from '../workspaces/workspace-actions';
import { ApiErrorAlert } from './ApiErrorAlert';

/** Shown instead of a page's data while no workspace is open. */
export function NoWorkspaceState() {
  const openDialog = useUiStore((s) => s.openWorkspaceDialog);
  const demo = useAsyncAction(openDemoWorkspace);
  return (
    <Center py={48} data-testid="no-workspace">
      <Stack maw={680} gap="md">
        <EmptyState
          title="No workspace is open"
          description="A workspace is one file holding your partners, their results and targets. Open one, start an empty one, or explore Partnerscope with the demo workspace."
        >
          <EmptyState.Actions>
            <Group justify="center" gap="xs" mt="sm">
              <Button onClick={() => void demo.run()} loading={demo.pending}>
                Open the demo workspace
              </Button>
              <Button variant="default" onClick={() => openDialog('open')}>
                Open a workspace…
              </Button>
              <Button variant="default" onClick={() => openDialog('new-empty')}>
                New empty workspace…
              </Button>
            </Group>
          </EmptyState.Actions>
        </EmptyState>
        {demo.error && <ApiErrorAlert error={demo.error} />}
      </Stack>
    </Center>
  );
}
