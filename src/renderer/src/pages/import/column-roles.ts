/**
 * The column → role table the wizard lets the user edit, and the file mapping rebuilt from it.
 * Partners and plain transactions are rebuilt here; other kinds (deal registrations, KPI and
 * target tables) keep the backend's suggestion or a preset, because their rules need more than
 * one role per column.
 */
import type { ColumnRole, FileKind, FileMapping, MeasureRule } from '../../../../shared/api';

/** The column each role reads; a column appears at most once. */
export type RoleAssignment = Record<string, ColumnRole | null>;

export const EDITABLE_KINDS: readonly FileKind[] = ['partners', 'transactions'];

export const KIND_LABELS: Record<FileKind, string> = {
  partners: 'Partners (master data)',
  transactions: 'Transactions (rolled up per period)',
  'kpi-wide': 'KPI values, one column per measure',
  'kpi-long': 'KPI values, one row per measure',
  'targets-wide': 'Targets, one column per measure',
  'targets-long': 'Targets, one row per measure',
};

export const ROLE_LABELS: Partial<Record<ColumnRole, string>> = {
  partnerId: 'Partner id',
  partnerName: 'Partner name',
  type: 'Partner type',
  tier: 'Tier',
  region: 'Region',
  country: 'Country',
  parent: 'Parent partner',
  accountManager: 'Account manager',
  status: 'Status',
  onboardedOn: 'Onboarded on',
  date: 'Date',
  amount: 'Amount → revenue',
  cost: 'Cost → cost',
  quantity: 'Quantity → units',
  orderId: 'Order id → orders',
};

export const ROLES_BY_KIND: Record<'partners' | 'transactions', ColumnRole[]> = {
  partners: [
    'partnerId',
    'partnerName',
    'type',
    'tier',
    'region',
    'country',
    'parent',
    'accountManager',
    'status',
    'onboardedOn',
  ],
  transactions: ['partnerId', 'partnerName', 'date', 'amount', 'cost', 'quantity', 'orderId'],
};

export function roleLabel(role: ColumnRole | null, measure?: string): string {
  if (!role) return '—';
  if (role === 'measure') return `Measure ${measure ?? ''}`.trim();
  return ROLE_LABELS[role] ?? role;
}

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

export interface BuildResult {
  mapping: FileMapping | null;
  /** Why no mapping could be built (a role every file of this kind needs). */
  problem: string | null;
}

/** A file mapping from the user's roles; keeps `match`, `format` and `dateFormat` of `base`. */
export function buildMapping(
  kind: 'partners' | 'transactions',
  roles: RoleAssignment,
  base: FileMapping,
  options: { uniqueKey: boolean },
): BuildResult {
  const col = (role: ColumnRole) =>
    Object.entries(roles).find(([, r]) => r === role)?.[0] ?? undefined;
  const common = {
    ...(base.match ? { match: base.match } : {}),
    ...(base.format ? { format: base.format } : {}),
    ...(base.dateFormat ? { dateFormat: base.dateFormat } : {}),
  };
  const partner = col('partnerId') ?? col('partnerName');
  if (!partner) return { mapping: null, problem: 'Choose the column with the partner id or name.' };

  if (kind === 'partners') {
    const fields: Record<string, string> = { externalId: partner };
    for (const [role, field] of PARTNER_FIELDS) {
      const c = col(role);
      if (c && c !== partner) fields[field] = c;
    }
    return {
      problem: null,
      mapping: {
        ...common,
        kind: 'partners',
        fields: fields as { externalId: string },
        extraColumnsAsAttributes: true,
      },
    };
  }

  const date = col('date');
  if (!date) return { mapping: null, problem: 'Choose the column with the transaction date.' };
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
    return {
      mapping: null,
      problem: 'Choose at least one amount, cost, quantity or order column.',
    };
  const name = col('partnerName');
  return {
    problem: null,
    mapping: {
      ...common,
      kind: 'transactions',
      partner,
      partnerMatch: col('partnerId') ? 'externalId' : 'name',
      ...(col('partnerId') && name ? { partnerName: name } : {}),
      date,
      measures,
      ...(options.uniqueKey && orderId ? { uniqueKey: [orderId] } : {}),
    },
  };
}
