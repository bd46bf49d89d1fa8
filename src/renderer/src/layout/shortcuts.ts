import { SECTIONS, WORKSPACES_PATH, WORKSPACES_SHORTCUT } from '../app/sections';

export interface Shortcut {
  /** Keys pressed in turn, e.g. ['g', 'd']. */
  keys: string[];
  description: string;
}

/** `g` then a letter: go to a section. */
export const GO_TO: { key: string; path: string; label: string }[] = [
  ...SECTIONS.map((s) => ({ key: s.shortcut, path: s.path, label: s.title })),
  { key: WORKSPACES_SHORTCUT, path: WORKSPACES_PATH, label: 'Workspaces' },
];

/** Everything the help overlay lists. */
export const SHORTCUTS: Shortcut[] = [
  { keys: ['?'], description: 'Show this list of shortcuts' },
  ...GO_TO.map((g) => ({ keys: ['g', g.key], description: `Go to ${g.label}` })),
  { keys: ['t'], description: 'Switch between light and dark theme' },
  { keys: ['Esc'], description: 'Close a dialog or menu' },
  { keys: ['/'], description: 'Search partners (Portfolio)' },
  { keys: ['Ctrl+Z'], description: 'Undo an edit (Methodology, What-if)' },
  { keys: ['Ctrl+Shift+Z'], description: 'Redo an edit (What-if; Ctrl+Y too)' },
];
