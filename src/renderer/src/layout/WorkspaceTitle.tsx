import { Badge, Group, Text } from '@mantine/core';
import { PathText } from '../components/PathText';
import { useWorkspaceStore } from '../stores/workspace-store';

/** The open workspace's name and file in the header, or why there is none. */
export function WorkspaceTitle() {
  const status = useWorkspaceStore((s) => s.status);
  const workspace = useWorkspaceStore((s) => s.workspace);

  if (status === 'error') {
    return (
      <Text size="sm" c="red" fw={600} data-testid="workspace-name">
        Not connected
      </Text>
    );
  }
  if (!workspace) {
    return (
      <Text size="sm" c="dimmed" data-testid="workspace-name">
        {status === 'loading' ? 'Opening…' : 'No workspace open'}
      </Text>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
      <Text
        size="sm"
        fw={600}
        truncate="end"
        data-testid="workspace-name"
        style={{ flexShrink: 0, maxWidth: 260 }}
      >
        {workspace.name}
      </Text>
      {workspace.isDemo && (
        <Badge size="xs" variant="outline" color="gray" radius="sm">
          Demo
        </Badge>
      )}
      <PathText
        path={workspace.path}
        size="xs"
        c="dimmed"
        data-testid="workspace-path"
        visibleFrom="md"
      />
    </Group>
  );
}
