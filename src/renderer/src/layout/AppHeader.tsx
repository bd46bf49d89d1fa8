import { ActionIcon, Burger, Divider, Group, Text } from '@mantine/core';
import { AlertsBadge } from '../pages/alerts/AlertsBadge';
import { useUiStore } from '../stores/ui-store';
import { WorkspaceSwitcher } from '../workspaces/WorkspaceSwitcher';
import { NavPanelIcon } from './NavPanelIcon';
import { ProgressIndicator } from './ProgressIndicator';
import { ThemeToggle } from './ThemeToggle';
import { WorkspaceTitle } from './WorkspaceTitle';

interface AppHeaderProps {
  mobileNavOpen: boolean;
  onToggleMobileNav: () => void;
}

export function AppHeader({ mobileNavOpen, onToggleMobileNav }: AppHeaderProps) {
  const navCollapsed = useUiStore((s) => s.navCollapsed);
  const toggleNav = useUiStore((s) => s.toggleNav);
  const setHelpOpen = useUiStore((s) => s.setHelpOpen);

  return (
    <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Burger
          opened={mobileNavOpen}
          onClick={onToggleMobileNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={mobileNavOpen ? 'Hide navigation' : 'Show navigation'}
        />
        <ActionIcon
          variant="subtle"
          color="gray"
          onClick={toggleNav}
          visibleFrom="sm"
          aria-label={navCollapsed ? 'Show navigation' : 'Hide navigation'}
          aria-expanded={!navCollapsed}
          title={navCollapsed ? 'Show navigation' : 'Hide navigation'}
        >
          <NavPanelIcon />
        </ActionIcon>
        <Text fw={700} size="md" style={{ whiteSpace: 'nowrap' }}>
          Partnerscope
        </Text>
        <Divider orientation="vertical" />
        <WorkspaceTitle />
      </Group>
      <Group gap="xs" wrap="nowrap">
        <ProgressIndicator />
        <AlertsBadge />
        <WorkspaceSwitcher />
        <ActionIcon
          variant="default"
          size="md"
          onClick={() => setHelpOpen(true)}
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
        >
          <Text span fw={700} size="sm" aria-hidden>
            ?
          </Text>
        </ActionIcon>
        <ThemeToggle />
      </Group>
    </Group>
  );
}
