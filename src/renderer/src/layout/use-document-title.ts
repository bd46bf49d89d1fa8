import { useEffect } from 'react';
import { useWorkspaceStore } from '../stores/workspace-store';

/** The window title names the open workspace (the taskbar and window switcher show it). */
export function useDocumentTitle() {
  const name = useWorkspaceStore((s) => s.workspace?.name);
  useEffect(() => {
    document.title = name ? `${name} — Partnerscope` : 'Partnerscope';
  }, [name]);
}
