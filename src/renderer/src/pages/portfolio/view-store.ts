/** The Portfolio's current view, kept while the user visits a partner and comes back. */
import { create } from 'zustand';
import {
  DEFAULT_VIEW,
  EMPTY_FILTERS,
  type Brush,
  type Facet,
  type PortfolioView,
  type SortKey,
} from './view-state';

interface ViewStore extends PortfolioView {
  setSearch: (search: string) => void;
  setFilter: (facet: Facet, values: string[]) => void;
  setSort: (sort: SortKey[]) => void;
  setColumns: (columns: string[] | null) => void;
  setBrush: (brush: Brush | null) => void;
  apply: (view: PortfolioView) => void;
  clearFilters: () => void;
}

export const usePortfolioView = create<ViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  setSearch: (search) => set({ search }),
  setFilter: (facet, values) => set((s) => ({ filters: { ...s.filters, [facet]: values } })),
  setSort: (sort) => set({ sort }),
  setColumns: (columns) => set({ columns }),
  setBrush: (brush) => set({ brush }),
  apply: (view) => set({ ...view }),
  clearFilters: () => set({ search: '', filters: EMPTY_FILTERS, brush: null }),
}));

export function currentView(s: PortfolioView): PortfolioView {
  return { search: s.search, filters: s.filters, sort: s.sort, columns: s.columns, brush: s.brush };
}
