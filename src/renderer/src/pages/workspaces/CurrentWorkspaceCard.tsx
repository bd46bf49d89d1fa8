import { Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAsyncAction } from '../../hooks/use-async-action';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { closeWorkspace } from '../../workspaces/workspace-actions';
import { WorkspaceSettingsForm } from '../../workspaces/WorkspaceSettingsForm';

/** The open workspace: where it is, its settings, and a way to close it. */
export function CurrentWorkspaceCard() {
  const workspace = useWorkspaceStore((s) => s.workspace);
  const close = useAsyncAction(closeWorkspace);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="current-workspace-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} id="current-workspace-title">
          Current workspace
        </Title>
        {workspace && (
          <Button
            size="xs"
            variant="default"
            onClick={() => void close.run()}
            loading={close.pending}
          >
            Close workspace
          </Button>
        )}
      </Group>
      {!workspace && (
        <Text size="sm" c="dimmed">
          None. Open or create one below.
        </Text>
      )}
      {workspace && (
        <>
          <Group gap="xs" mb={4}>
            <Text fw={600}>{workspace.name}</Text>
            {workspace.isDemo && (
              <Badge size="sm" variant="outline" color="gray" radius="sm">
                Demo data
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed" mb="md" style={{ wordBreak: 'break-all' }}>
            {workspace.path}
          </Text>
          {/* Keyed so the form starts again from the new values when the workspace changes. */}
          <WorkspaceSettingsForm
            key={`${workspace.path}|${workspace.name}|${workspace.fiscalYearStartMonth}`}
            workspace={workspace}
          />
        </>
      )}
      {close.error && <ApiErrorAlert error={close.error} />}
    </Paper>
  );
}
