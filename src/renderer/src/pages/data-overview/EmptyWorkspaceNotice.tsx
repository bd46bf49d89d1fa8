import { Alert, Button, Group, Text } from '@mantine/core';
import { useAsyncAction } from '../../hooks/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { openDemoWorkspace } from '../../workspaces/workspace-actions';

/** An open but empty workspace: say so, and offer the demo to explore with. */
export function EmptyWorkspaceNotice() {
  const demo = useAsyncAction(openDemoWorkspace);
  return (
    <Alert color="blue" variant="light" title="This workspace is empty" mb="md">
      <Text size="sm" mb="xs">
        It has no partners or results yet. Importing files is not available in this version; to see
        what Partnerscope does with data, open the demo workspace.
      </Text>
      <Group>
        <Button size="xs" onClick={() => void demo.run()} loading={demo.pending}>
          Open the demo workspace
        </Button>
      </Group>
      {demo.error && <ApiErrorAlert error={demo.error} />}
    </Alert>
  );
}
