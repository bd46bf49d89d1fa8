/** Named Portfolio views kept in this browser or app profile (localStorage). */
import type { PortfolioView } from './view-state';

export interface SavedView {
  name: string;
  view: PortfolioView;
  savedAt: string;
}

const KEY = 'partnerscope.portfolio-views';

export function loadSavedViews(): SavedView[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(parsed)
      ? (parsed as SavedView[]).filter((v) => v && typeof v.name === 'string' && v.view)
      : [];
  } catch {
    return [];
  }
}

export function storeSavedViews(views: SavedView[]): void {
  localStorage.setItem(KEY, JSON.stringify(views));
}

/** Adds or replaces (same name) a view; newest first. */
export function withView(views: SavedView[], name: string, view: PortfolioView): SavedView[] {
  const entry = { name, view, savedAt: new Date().toISOString() };
  return [entry, ...views.filter((v) => v.name !== name)];
}
