import { Alert, Button, Group, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useAsyncAction } from '../../hooks/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { openDemoWorkspace } from '../../workspaces/workspace-actions';

/** An open but empty workspace: say so, and offer the demo to explore with. */
export function EmptyWorkspaceNotice() {
  const demo = useAsyncAction(openDemoWorkspace);
  const navigate = useNavigate();
  return (
    <Alert color="blue" variant="light" title="This workspace is empty" mb="md">
      <Text size="sm" mb="xs">
        It has no partners or results yet. Import a partner list, sales or deal-registration lines,
        training, MDF or targets (CSV, XLSX or Arrow), or open the demo workspace to explore.
      </Text>
      <Group>
        <Button size="xs" onClick={() => void navigate('/data/import')}>
          Import data…
        </Button>
        <Button size="xs" variant="default" onClick={() => void demo.run()} loading={demo.pending}>
          Open the demo workspace
        </Button>
      </Group>
      {demo.error && <ApiErrorAlert error={demo.error} />}
    </Alert>
  );
}
