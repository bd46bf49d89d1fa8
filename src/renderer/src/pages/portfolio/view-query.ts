/**
 * A Portfolio view in the address, so a link reproduces it: `q`, one parameter per filter
 * (comma-separated), `sort` (`-composite,name`) and `brush` (attainment and engagement ranges).
 * Visible columns are left to saved views (they would make links long).
 */
import { DEFAULT_VIEW, FACETS, type Brush, type PortfolioView } from './view-state';

const VIEW_KEYS = ['q', 'sort', 'brush', ...FACETS];

export function hasViewParams(params: URLSearchParams): boolean {
  return VIEW_KEYS.some((k) => params.has(k));
}

function readBrush(text: string | null): Brush | null {
  const n = (text ?? '').split(',').map(Number);
  if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) return null;
  return { x: [n[0]!, n[1]!], y: [n[2]!, n[3]!] };
}

export function readView(params: URLSearchParams, columns: string[] | null): PortfolioView {
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  const sort = list('sort').map((s) => ({ id: s.replace(/^-/, ''), desc: s.startsWith('-') }));
  return {
    search: params.get('q') ?? '',
    filters: Object.fromEntries(FACETS.map((f) => [f, list(f)])) as PortfolioView['filters'],
    sort: sort.length > 0 ? sort : DEFAULT_VIEW.sort,
    columns,
    brush: readBrush(params.get('brush')),
  };
}

const r = (x: number) => String(Math.round(x * 1000) / 1000);

export function writeView(params: URLSearchParams, v: PortfolioView): URLSearchParams {
  const next = new URLSearchParams(params);
  const put = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key));
  put('q', v.search);
  for (const f of FACETS) put(f, v.filters[f].join(','));
  const sort = v.sort.map((s) => `${s.desc ? '-' : ''}${s.id}`).join(',');
  put('sort', sort === '-composite' ? '' : sort);
  put('brush', v.brush ? [...v.brush.x, ...v.brush.y].map(r).join(',') : '');
  return next;
}
