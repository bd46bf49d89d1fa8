/**
 * Every column the Portfolio can show: fixed ones, one per category (group) and one per KPI of the
 * methodology. `value` reads row `i` of the columnar table (undefined = missing, sorted last).
 */
import type { PortfolioTable } from '../../../../shared/api';

export type ColumnKind = 'text' | 'integer' | 'decimal' | 'percent' | 'currency';
export type ColumnSection = 'Partner' | 'Score' | 'Categories' | 'KPIs';

export interface PortfolioColumn {
  id: string;
  label: string;
  section: ColumnSection;
  kind: ColumnKind;
  /** KPI unit for KPI columns. */
  unit?: string;
  width: number;
  value: (i: number) => string | number | undefined;
  /** Not exportable (the sparkline). */
  visualOnly?: boolean;
}

const orUndefined = <T>(x: T | null | undefined): T | undefined => (x === null ? undefined : x);

const KPI_KIND: Record<string, ColumnKind> = {
  currency: 'currency',
  percent: 'percent',
  count: 'integer',
  days: 'integer',
};

export function columnCatalog(d: PortfolioTable): PortfolioColumn[] {
  // Each column is read from the answer when a cell first asks (its Arrow data decodes then).
  const column = (
    id: string,
    label: string,
    section: ColumnSection,
    kind: ColumnKind,
    read: () => (string | number | null)[] | undefined,
    width: number,
  ): PortfolioColumn => {
    let values: (string | number | null)[] | undefined;
    return {
      id,
      label,
      section,
      kind,
      width,
      value: (i) => orUndefined((values ??= read() ?? [])[i]),
    };
  };
  const text = (
    id: string,
    label: string,
    section: ColumnSection,
    read: () => (string | null)[],
    width = 120,
  ) => column(id, label, section, 'text', read, width);
  const num = (
    id: string,
    label: string,
    section: ColumnSection,
    kind: ColumnKind,
    read: () => (number | null)[] | undefined,
    width = 96,
  ) => column(id, label, section, kind, read, width);
  return uniqueLabels([
    text('name', 'Partner', 'Partner', () => d.name, 196),
    text('externalId', 'Partner ID', 'Partner', () => d.externalId, 110),
    text('type', 'Type', 'Partner', () => d.type, 96),
    text('region', 'Region', 'Partner', () => d.region, 104),
    text('manager', 'Account manager', 'Partner', () => d.manager, 124),
    text('programTier', 'Program tier', 'Partner', () => d.programTier, 110),
    num('composite', 'Score', 'Score', 'decimal', () => d.composite, 64),
    text('tier', 'Tier', 'Score', () => d.tier, 82),
    text('segment', 'Action', 'Score', () => d.segment, 90),
    {
      id: 'sparkline',
      label: 'Trend',
      section: 'Score',
      kind: 'decimal',
      width: 78,
      value: (i) => orUndefined(d.change[i]),
      visualOnly: true,
    },
    num('change', 'Change', 'Score', 'decimal', () => d.change, 66),
    num('rank', 'Rank', 'Score', 'integer', () => d.rank, 76),
    num('coverage', 'Coverage', 'Score', 'percent', () => d.coverage, 90),
    num('revenue', 'Revenue', 'Score', 'currency', () => d.revenue, 80),
    num('attainment', 'Attainment', 'Score', 'percent', () => d.attainment, 82),
    num('engagement', 'Engagement index', 'Score', 'decimal', () => d.engagement, 90),
    ...d.groups.map((g, j) =>
      num(
        `group:${g.key}`,
        `${g.label} score`,
        'Categories',
        'decimal',
        () => d.groupScores[j] ?? [],
        88,
      ),
    ),
    ...d.kpis.map((k, j) => ({
      ...num(`kpi:${k.key}`, k.name, 'KPIs', KPI_KIND[k.unit] ?? 'decimal', () => d.kpiRaw[j], 120),
      unit: k.unit,
    })),
  ]);
}

/**
 * Column titles are unique (on screen and in the CSV/XLSX exports): a KPI named like a built-in
 * column ("Revenue") is titled "Revenue (KPI)".
 */
function uniqueLabels(columns: PortfolioColumn[]): PortfolioColumn[] {
  const seen = new Set<string>();
  return columns.map((c) => {
    let label = c.label;
    if (seen.has(label.toLowerCase()))
      label = `${c.label} (${c.section === 'KPIs' ? 'KPI' : c.section})`;
    for (let n = 2; seen.has(label.toLowerCase()); n++) label = `${c.label} (${n})`;
    seen.add(label.toLowerCase());
    return label === c.label ? c : { ...c, label };
  });
}

/**
 * The columns shown before the user picks any: they fit a 1440 px window beside the navigation
 * without sideways scrolling (titles wrap onto two lines). Type, account manager and the rest are
 * one click away in *Columns*; they are filters too.
 */
export function defaultColumnIds(d: PortfolioTable): string[] {
  return [
    'name',
    'composite',
    'tier',
    'segment',
    'sparkline',
    'change',
    ...d.groups.map((g) => `group:${g.key}`),
    'revenue',
    'attainment',
    'region',
  ];
}
