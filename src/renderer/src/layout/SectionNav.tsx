import { AppShell, Divider, NavLink, ScrollArea } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { SECTIONS, WORKSPACES_PATH } from '../app/sections';
import { SectionIcon } from './section-icons';

function isActive(pathname: string, path: string) {
  return pathname === path || pathname.startsWith(`${path}/`);
}

/** The left navigation: one link per product section, then the workspaces page. */
export function SectionNav({ onNavigate }: { onNavigate: () => void }) {
  const { pathname } = useLocation();
  const link = (path: string, label: string, icon: Parameters<typeof SectionIcon>[0]['name']) => {
    const active = isActive(pathname, path);
    return (
      <NavLink
        key={path}
        component={Link}
        to={path}
        label={label}
        leftSection={<SectionIcon name={icon} />}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={onNavigate}
      />
    );
  };
  return (
    <>
      <AppShell.Section grow component={ScrollArea} p="xs">
        {SECTIONS.map((s) => link(s.path, s.label, s.key))}
      </AppShell.Section>
      <AppShell.Section p="xs">
        <Divider mb="xs" />
        {link(WORKSPACES_PATH, 'Workspaces', 'workspaces')}
      </AppShell.Section>
    </>
  );
}
