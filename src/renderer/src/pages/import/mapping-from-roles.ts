/**
 * A file mapping rebuilt from the user's role table, for every kind of file, with the problems
 * that keep it from being complete ("Map a column to the period or date", "Column “X” needs a
 * measure"). `match`, `format`, `dateFormat` and the per-measure limits of the base mapping are
 * kept, so a preset edited here still finds its files and checks its ranges.
 */
import type {
  ColumnRole,
  FileKind,
  FileMapping,
  ImportGrain,
  MeasureRule,
} from '../../../../shared/api';
import { columnWith, type RoleAssignment } from './column-roles';

export interface MappingEdits {
  /** Transactions: an order id appears once (repeats are duplicates). */
  uniqueKey: boolean;
  /** KPI and target tables: the period a date falls in (null: the backend's default, quarter). */
  grain: ImportGrain | null;
  /** Long tables: names in the file → measure keys. */
  measureNames: Record<string, string>;
}

export interface BuildResult {
  /** Null while a problem remains. */
  mapping: FileMapping | null;
  /** What to fix, each naming the column or role; empty when the mapping is complete. */
  problems: string[];
}

type WideKind = 'kpi-wide' | 'targets-wide';
type LongKind = 'kpi-long' | 'targets-long';

const PARTNER_FIELDS: [ColumnRole, string][] = [
  ['partnerName', 'name'],
  ['type', 'type'],
  ['tier', 'tier'],
  ['region', 'region'],
  ['country', 'country'],
  ['parent', 'parent'],
  ['accountManager', 'accountManager'],
  ['status', 'status'],
  ['onboardedOn', 'onboardedOn'],
];

/** `measureName(key)` gives the name a message shows for a measure key. */
export function buildFileMapping(
  kind: FileKind,
  roles: RoleAssignment,
  base: FileMapping,
  edits: MappingEdits,
  measureName: (key: string) => string = (key) => key,
): BuildResult {
  const col = (role: ColumnRole) => columnWith(roles, role);
  const common = {
    ...(base.match ? { match: base.match } : {}),
    ...(base.format ? { format: base.format } : {}),
    ...(base.dateFormat ? { dateFormat: base.dateFormat } : {}),
  };
  const problems: string[] = [];
  const partner = col('partnerId') ?? col('partnerName');
  if (!partner) problems.push('Map a column to the partner id (or the partner name).');
  const partnerMatch = col('partnerId') ? ('externalId' as const) : ('name' as const);

  if (kind === 'partners') {
    if (!partner) return { mapping: null, problems };
    const fields: Record<string, string> = { externalId: partner };
    for (const [role, field] of PARTNER_FIELDS) {
      const c = col(role);
      if (c && c !== partner) fields[field] = c;
    }
    return {
      problems,
      mapping: {
        ...common,
        kind: 'partners',
        fields: fields as { externalId: string },
        extraColumnsAsAttributes: true,
      },
    };
  }

  if (kind === 'transactions') {
    const date = col('date');
    if (!date) problems.push('Map a column to the transaction date.');
    const measures: MeasureRule[] = [];
    const amount = col('amount');
    const cost = col('cost');
    const quantity = col('quantity');
    const orderId = col('orderId');
    if (amount) measures.push({ measure: 'revenue', rule: 'sum', value: amount });
    if (cost) measures.push({ measure: 'cost', rule: 'sum', value: cost });
    if (orderId) measures.push({ measure: 'orders', rule: 'distinct', value: orderId });
    if (quantity) measures.push({ measure: 'units', rule: 'sum', value: quantity });
    if (measures.length === 0)
      problems.push('Map at least one amount, cost, quantity or order id column.');
    if (!partner || !date || problems.length > 0) return { mapping: null, problems };
    const name = col('partnerName');
    return {
      problems,
      mapping: {
        ...common,
        kind: 'transactions',
        partner,
        partnerMatch,
        ...(col('partnerId') && name ? { partnerName: name } : {}),
        date,
        measures,
        ...(edits.uniqueKey && orderId ? { uniqueKey: [orderId] } : {}),
      },
    };
  }

  const period = col('period');
  if (!period) problems.push('Map a column to the period or date.');
  const target = kind.startsWith('targets');
  const kpi = {
    ...common,
    partner: partner ?? '',
    partnerMatch,
    period: period ?? '',
    ...(edits.grain ? { grain: edits.grain } : {}),
  };

  if (kind === 'kpi-wide' || kind === 'targets-wide') {
    const measures = wideMeasures(roles, base, target, measureName, problems);
    if (problems.length > 0) return { mapping: null, problems };
    return { problems, mapping: { ...kpi, kind: kind as WideKind, measures } };
  }

  const measure = col('measureName');
  const value = col('value');
  if (!measure) problems.push('Map the column that names the measure (Measure name).');
  if (!value)
    problems.push(
      target ? 'Map the column with the target values.' : 'Map the column with the values.',
    );
  if (!measure || !value || problems.length > 0) return { mapping: null, problems };
  const names = Object.entries(edits.measureNames).filter(([, key]) => key !== '');
  return {
    problems,
    mapping: {
      ...kpi,
      kind: kind as LongKind,
      measure,
      value,
      ...(names.length > 0 ? { measureNames: Object.fromEntries(names) } : {}),
    },
  };
}

/** The measure columns of a wide table, checking each has a measure and no measure repeats. */
function wideMeasures(
  roles: RoleAssignment,
  base: FileMapping,
  target: boolean,
  measureName: (key: string) => string,
  problems: string[],
) {
  const limits = new Map(
    (base.kind === 'kpi-wide' || base.kind === 'targets-wide' ? base.measures : []).map((m) => [
      `${m.measure}|${typeof m.value === 'string' ? m.value : ''}`,
      {
        ...(m.min !== undefined ? { min: m.min } : {}),
        ...(m.max !== undefined ? { max: m.max } : {}),
      },
    ]),
  );
  const byMeasure = new Map<string, string[]>();
  const measures: { measure: string; value: string; min?: number; max?: number }[] = [];
  for (const [column, a] of Object.entries(roles)) {
    if (a.role !== 'measure') continue;
    if (!a.measure) {
      problems.push(`Column “${column}” needs a measure.`);
      continue;
    }
    byMeasure.set(a.measure, [...(byMeasure.get(a.measure) ?? []), column]);
    measures.push({ measure: a.measure, value: column, ...limits.get(`${a.measure}|${column}`) });
  }
  for (const [key, columns] of byMeasure) {
    if (columns.length > 1)
      problems.push(
        `Columns ${columns.map((c) => `“${c}”`).join(' and ')} both feed ${measureName(key)}; keep one.`,
      );
  }
  if (measures.length === 0 && !problems.some((p) => p.startsWith('Column ')))
    problems.push(
      target
        ? 'Map at least one column to the measure it sets a target for.'
        : 'Map at least one column to a measure.',
    );
  return measures;
}
