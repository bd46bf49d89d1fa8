import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { useUiStore } from '../stores/ui-store';
import { WorkspaceDialogs } from '../workspaces/WorkspaceDialogs';
import { AppHeader } from './AppHeader';
import { HelpOverlay } from './HelpOverlay';
import { SectionNav } from './SectionNav';
import { ShellBanners } from './ShellBanners';
import { useDocumentTitle } from './use-document-title';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';

/** The frame around every page: header, section navigation, banners, dialogs, shortcuts. */
export function AppLayout() {
  const [mobileNavOpen, mobileNav] = useDisclosure(false);
  const navCollapsed = useUiStore((s) => s.navCollapsed);
  useKeyboardShortcuts();
  useDocumentTitle();

  return (
    <>
      <a
        href="#main-content"
        className="skip-link"
        onClick={(e) => {
          // Hash routing owns location.hash: move focus without navigating.
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        Skip to content
      </a>
      <AppShell
        header={{ height: 48 }}
        navbar={{
          width: 200,
          breakpoint: 'sm',
          collapsed: { mobile: !mobileNavOpen, desktop: navCollapsed },
        }}
        padding="md"
      >
        <AppShell.Header>
          <AppHeader mobileNavOpen={mobileNavOpen} onToggleMobileNav={mobileNav.toggle} />
        </AppShell.Header>
        <AppShell.Navbar aria-label="Sections">
          <SectionNav onNavigate={mobileNav.close} />
        </AppShell.Navbar>
        <AppShell.Main id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
          <ShellBanners />
          <Outlet />
        </AppShell.Main>
      </AppShell>
      <WorkspaceDialogs />
      <HelpOverlay />
    </>
  );
}
