/**
 * Named Portfolio views live in the workspace (views.savedViews / saveView / deleteView). Earlier
 * versions kept them in this browser or app profile's localStorage: those move into the first
 * workspace opened, once.
 */
import type { SavedPortfolioView } from '../../../../shared/api';
import { api } from '../../api/client';

const LEGACY_KEY = 'partnerscope.portfolio-views';

function legacyViews(): SavedPortfolioView[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(LEGACY_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed)
      ? (parsed as SavedPortfolioView[]).filter((v) => v && typeof v.name === 'string' && v.view)
      : [];
  } catch {
    return [];
  }
}

/** Moves views saved by an earlier version into the workspace; true when there were any. */
export async function moveLegacyViews(existing: SavedPortfolioView[]): Promise<boolean> {
  const legacy = legacyViews();
  if (legacy.length === 0) return false;
  const taken = new Set(existing.map((v) => v.name.toLowerCase()));
  // Oldest first, so that the newest ends up first in the workspace's list.
  for (const v of [...legacy].reverse()) {
    if (!taken.has(v.name.toLowerCase())) await api.call('views.saveView', v);
  }
  localStorage.removeItem(LEGACY_KEY);
  return true;
}
