/** The partners (row indexes) a view keeps: facet filters, text search and the quadrant brush. */
import type { PortfolioTable } from '../../../../shared/api';
import { FACETS, type Brush, type Facet, type PortfolioView } from './view-state';

export function facetColumn(d: PortfolioTable, facet: Facet): (string | null)[] {
  return facet === 'manager' ? d.manager : d[facet];
}

/** Lower-cased name, id and manager per row, searched by the text box. */
export function searchIndex(d: PortfolioTable): string[] {
  return d.name.map((name, i) =>
    `${name}\u0000${d.externalId[i]}\u0000${d.manager[i] ?? ''}`.toLowerCase(),
  );
}

export function inBrush(brush: Brush, x: number | null, y: number | null): boolean {
  return (
    x !== null &&
    y !== null &&
    x >= brush.x[0] &&
    x <= brush.x[1] &&
    y >= brush.y[0] &&
    y <= brush.y[1]
  );
}

/** `searchIndex`, built the first time a search asks for it (opening the page needs none). */
export function lazySearchIndex(d: PortfolioTable): () => string[] {
  let index: string[] | undefined;
  return () => (index ??= searchIndex(d));
}

export function filterRows(
  d: PortfolioTable,
  searchable: () => string[],
  view: Pick<PortfolioView, 'search' | 'filters' | 'brush'>,
): number[] {
  const active = FACETS.filter((f) => view.filters[f].length > 0).map((f) => ({
    col: facetColumn(d, f),
    allowed: new Set(view.filters[f]),
  }));
  const needle = view.search.trim().toLowerCase();
  const haystack = needle ? searchable() : [];
  const brush = view.brush;
  const out: number[] = [];
  for (let i = 0; i < d.partnerId.length; i++) {
    if (active.some((a) => !a.allowed.has(a.col[i] ?? '(none)'))) continue;
    if (needle && !haystack[i]!.includes(needle)) continue;
    if (brush && !inBrush(brush, d.attainment[i] ?? null, d.engagement[i] ?? null)) continue;
    out.push(i);
  }
  return out;
}

/** The choices of each facet filter, with how many partners have each value. */
export function facetOptions(d: PortfolioTable, facet: Facet): { value: string; label: string }[] {
  const counts = new Map<string, number>();
  for (const v of facetColumn(d, facet))
    counts.set(v ?? '(none)', (counts.get(v ?? '(none)') ?? 0) + 1);
  const order =
    facet === 'tier'
      ? [...d.tiers.map((t) => t.name)].reverse()
      : facet === 'segment'
        ? ['Grow', 'Maintain', 'Intervene', 'Exit review']
        : [...counts.keys()].sort((a, b) => a.localeCompare(b));
  return order
    .filter((v) => counts.has(v))
    .map((v) => ({ value: v, label: `${v} (${counts.get(v)!.toLocaleString()})` }));
}
