import { Button, Menu, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { WORKSPACES_PATH } from '../app/sections';
import { PathText } from '../components/PathText';
import { useApiQuery } from '../hooks/use-api-query';
import { useUiStore } from '../stores/ui-store';
import { useWorkspaceStore } from '../stores/workspace-store';
import { runMenuAction } from './run-menu-action';
import { closeWorkspace, openDemoWorkspace, openWorkspace } from './workspace-actions';

/** The header's workspace menu: open, create, the demo, recent files. */
export function WorkspaceSwitcher() {
  const navigate = useNavigate();
  const openDialog = useUiStore((s) => s.openWorkspaceDialog);
  const hasWorkspace = useWorkspaceStore((s) => s.workspace !== null);
  const recent = useApiQuery('workspace.recent', {});
  const recentItems = recent.status === 'success' ? recent.data.filter((r) => r.exists) : [];

  return (
    <Menu position="bottom-end" width={340} withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs" rightSection={<span aria-hidden>▾</span>}>
          Workspace
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => openDialog('open')}>Open workspace…</Menu.Item>
        <Menu.Item onClick={() => openDialog('new-empty')}>New empty workspace…</Menu.Item>
        <Menu.Item onClick={() => openDialog('new-demo')}>New demo workspace…</Menu.Item>
        <Menu.Item onClick={() => runMenuAction('Open the demo workspace', openDemoWorkspace)}>
          Open the demo workspace
        </Menu.Item>
        {hasWorkspace && (
          <Menu.Item onClick={() => runMenuAction('Close workspace', closeWorkspace)}>
            Close workspace
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Label>Recent workspaces</Menu.Label>
        {recentItems.length === 0 && (
          <Text size="xs" c="dimmed" px="sm" py={4}>
            None yet
          </Text>
        )}
        {recentItems.slice(0, 6).map((item) => (
          <Menu.Item
            key={item.path}
            onClick={() => runMenuAction(`Open ${item.name}`, () => openWorkspace(item.path))}
            title={item.path}
          >
            <Text size="sm" truncate="end">
              {item.name}
            </Text>
            <PathText path={item.path} size="xs" c="dimmed" />
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={() => void navigate(WORKSPACES_PATH)}>Manage workspaces…</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
