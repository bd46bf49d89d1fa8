/**
 * Ctrl+Z undoes a weight edit, Ctrl+Shift+Z and Ctrl+Y redo it (⌘ on macOS). Inside a text or
 * number field the browser's own undo of the typing applies instead.
 */
import { useHotkeys } from '@mantine/hooks';
import { useWhatIfStore } from './whatif-store';

export function useUndoHotkeys() {
  const undo = useWhatIfStore((s) => s.undo);
  const redo = useWhatIfStore((s) => s.redo);
  useHotkeys([
    ['mod+Z', undo],
    ['mod+shift+Z', redo],
    ['mod+Y', redo],
  ]);
}
