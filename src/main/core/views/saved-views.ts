/**
 * Named Portfolio views, kept in the workspace's settings (one JSON list) so that they travel with
 * the file to a colleague or another machine. The settings write is the engine's own, so that it
 * does not make the scoring dataset look stale.
 */
import type { PortfolioViewState, SavedPortfolioView } from '../../../shared/api/views';
import type { Workspace } from '../workspace/workspace';

const KEY = 'portfolio.savedViews';
const MAX_VIEWS = 100;

export function savedViews(ws: Workspace): SavedPortfolioView[] {
  const stored = ws.getSetting<unknown>(KEY, []);
  return Array.isArray(stored) ? (stored as SavedPortfolioView[]) : [];
}

function store(ws: Workspace, views: SavedPortfolioView[]): SavedPortfolioView[] {
  ws.setSetting(KEY, views);
  return views;
}

/** Adds a view, or replaces the one of the same name (names compare without case); newest first. */
export function saveView(
  ws: Workspace,
  name: string,
  view: PortfolioViewState,
  at = new Date().toISOString(),
): SavedPortfolioView[] {
  const others = savedViews(ws).filter((v) => v.name.toLowerCase() !== name.toLowerCase());
  return store(ws, [{ name, view, savedAt: at }, ...others].slice(0, MAX_VIEWS));
}

export function deleteView(ws: Workspace, name: string): SavedPortfolioView[] {
  return store(
    ws,
    savedViews(ws).filter((v) => v.name.toLowerCase() !== name.toLowerCase()),
  );
}
