/**
 * The views domain of the API: what the Portfolio and Partner pages need beyond the scoring
 * methods — one compact columnar table of every partner with trends and tier history, one
 * partner's full page, the choices of the shared period and methodology selectors, and the
 * export of a table view to CSV or XLSX.
 */
import { z } from 'zod';
import { method } from './define';
import type {
  PartnerPage,
  PortfolioTable,
  SavedPortfolioView,
  TableExport,
  ViewOptions,
} from './views-results';

const id = z.number().int().positive();

/** The shared selection: a saved methodology (and version) and a period; all optional. */
export const viewSelectionSchema = z.object({
  methodologyId: id.optional(),
  version: id.optional(),
  period: z.string().trim().min(1).max(20).optional(),
});
export type ViewSelection = z.infer<typeof viewSelectionSchema>;

const cellSchema = z.union([z.string().max(10_000), z.number(), z.null()]);

/** A Portfolio view: search, facet filters, sort, visible columns and the quadrant selection. */
export const PORTFOLIO_FACETS = ['type', 'tier', 'region', 'manager', 'segment'] as const;
const range = z.tuple([z.number(), z.number()]);
export const portfolioViewSchema = z.object({
  search: z.string().max(500),
  filters: z.object(
    Object.fromEntries(
      PORTFOLIO_FACETS.map((f) => [f, z.array(z.string().max(200)).max(1000)]),
    ) as Record<(typeof PORTFOLIO_FACETS)[number], z.ZodArray<z.ZodString>>,
  ),
  sort: z.array(z.object({ id: z.string().max(100), desc: z.boolean() })).max(20),
  columns: z.array(z.string().max(100)).max(500).nullable(),
  brush: z.object({ x: range, y: range }).nullable(),
});
export type PortfolioViewState = z.infer<typeof portfolioViewSchema>;

const viewName = z.string().trim().min(1, 'a view needs a name').max(80);

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const EXPORT_COLUMN_KINDS = ['text', 'integer', 'decimal', 'percent', 'currency'] as const;

export const viewsApi = {
  'views.options': method<ViewOptions>()(
    z.object({}),
    'Periods and methodologies (with versions) for the period and methodology selectors.',
  ),
  'views.portfolio': method<PortfolioTable>()(
    viewSelectionSchema,
    'Every partner in one columnar table: scores, tiers, segments, KPIs, revenue, trends and tier history.',
  ),
  'views.partner': method<PartnerPage>()(
    viewSelectionSchema.extend({ partner: z.string().trim().min(1).max(200) }),
    "One partner's page: profile, explained score, peer medians, KPI trends, coverage and value sources.",
  ),
  'views.savedViews': method<SavedPortfolioView[]>()(
    z.object({}),
    'Named Portfolio views saved in the workspace, newest first.',
  ),
  'views.saveView': method<SavedPortfolioView[]>()(
    z.object({ name: viewName, view: portfolioViewSchema }),
    'Save (or replace, same name) a named Portfolio view in the workspace; returns all of them.',
    { writes: ['views'] },
  ),
  'views.deleteView': method<SavedPortfolioView[]>()(
    z.object({ name: viewName }),
    'Delete a saved Portfolio view; returns the rest.',
    { writes: ['views'] },
  ),
  'views.export': method<TableExport>()(
    z.object({
      format: z.enum(EXPORT_FORMATS),
      /** File name without extension. */
      name: z.string().trim().min(1).max(120),
      columns: z
        .array(z.object({ label: z.string().max(200), kind: z.enum(EXPORT_COLUMN_KINDS) }))
        .min(1)
        .max(500),
      rows: z.array(z.array(cellSchema).max(500)).max(200_000),
      currency: z.string().length(3).default('USD'),
    }),
    'A table view as a CSV or XLSX file (text starting with = + - @ is neutralised).',
  ),
};

export * from './views-results';
