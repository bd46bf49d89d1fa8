import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useUiStore } from '../stores/ui-store';
import { GO_TO } from './shortcuts';

/** How long `g` waits for its second key. */
const SEQUENCE_TIMEOUT_MS = 1200;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Single-key shortcuts (`?`, `t`) and `g <key>` navigation, ignored while typing in a field. */
export function useKeyboardShortcuts() {
  const navigate = useNavigate();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');

  useEffect(() => {
    let pendingG = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const ui = useUiStore.getState();
      if (ui.workspaceDialog !== null) return;
      const now = Date.now();
      if (pendingG && now - pendingG < SEQUENCE_TIMEOUT_MS) {
        pendingG = 0;
        const target = GO_TO.find((g) => g.key === event.key);
        if (target) {
          event.preventDefault();
          ui.setHelpOpen(false);
          void navigate(target.path);
        }
        return;
      }
      if (event.key === 'g') pendingG = now;
      else if (event.key === '?') {
        event.preventDefault();
        ui.setHelpOpen(!ui.helpOpen);
      } else if (event.key === 't' && !ui.helpOpen) {
        setColorScheme(scheme === 'dark' ? 'light' : 'dark');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, setColorScheme, scheme]);
}
