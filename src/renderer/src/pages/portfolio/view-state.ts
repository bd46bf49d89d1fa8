/** What a Portfolio view is: search, filters, sort, visible columns and the quadrant selection. */
export interface Brush {
  /** Attainment range (1 = on target). */
  x: [number, number];
  /** Engagement range (0–100). */
  y: [number, number];
}

export const FACETS = ['type', 'tier', 'region', 'manager', 'segment'] as const;
export type Facet = (typeof FACETS)[number];

export interface SortKey {
  id: string;
  desc: boolean;
}

export interface PortfolioView {
  search: string;
  filters: Record<Facet, string[]>;
  sort: SortKey[];
  /** Visible column ids in order; null = the default set. */
  columns: string[] | null;
  brush: Brush | null;
}

export const EMPTY_FILTERS: Record<Facet, string[]> = {
  type: [],
  tier: [],
  region: [],
  manager: [],
  segment: [],
};

export const DEFAULT_VIEW: PortfolioView = {
  search: '',
  filters: EMPTY_FILTERS,
  sort: [{ id: 'composite', desc: true }],
  columns: null,
  brush: null,
};

export function isFiltered(v: PortfolioView): boolean {
  return v.search.trim() !== '' || v.brush !== null || FACETS.some((f) => v.filters[f].length > 0);
}
