/**
 * The column → role table the wizard lets the user edit: which roles each kind of file offers
 * and how they read. A column has at most one role; a `measure` role also names the measure
 * (wide KPI and target tables: one column per measure).
 */
import type { ColumnRole, FileKind } from '../../../../shared/api';

export interface ColumnAssignment {
  role: ColumnRole | null;
  /** The measure key when `role` is `measure`; null until the user picks one. */
  measure?: string | null;
}

/** Column name → what it feeds. Columns left out are not imported. */
export type RoleAssignment = Record<string, ColumnAssignment>;

export const NOT_IMPORTED: ColumnAssignment = { role: null };

export const KIND_LABELS: Record<FileKind, string> = {
  partners: 'Partners (master data)',
  transactions: 'Transactions (rolled up per period)',
  'kpi-wide': 'KPI values, one column per measure',
  'kpi-long': 'KPI values, one row per measure',
  'targets-wide': 'Targets, one column per measure',
  'targets-long': 'Targets, one row per measure',
};

const PARTNER_KEY: ColumnRole[] = ['partnerId', 'partnerName'];

export const ROLES_BY_KIND: Record<FileKind, ColumnRole[]> = {
  partners: [
    ...PARTNER_KEY,
    'type',
    'tier',
    'region',
    'country',
    'parent',
    'accountManager',
    'status',
    'onboardedOn',
  ],
  transactions: [...PARTNER_KEY, 'date', 'amount', 'cost', 'quantity', 'orderId'],
  'kpi-wide': [...PARTNER_KEY, 'period', 'measure'],
  'targets-wide': [...PARTNER_KEY, 'period', 'measure'],
  'kpi-long': [...PARTNER_KEY, 'period', 'measureName', 'value'],
  'targets-long': [...PARTNER_KEY, 'period', 'measureName', 'value'],
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
  period: 'Period or date',
  measure: 'Measure →',
  measureName: 'Measure name',
  value: 'Value',
  // Shown for mappings the table cannot edit (deal registrations, targets recognised as such).
  dealId: 'Deal id',
  registeredOn: 'Registered on',
  closedOn: 'Closed on',
  stage: 'Deal stage',
  target: 'Target',
};

/** How a role reads for this kind of file (targets say so). */
export function roleLabel(kind: FileKind, role: ColumnRole): string {
  if (kind.startsWith('targets')) {
    if (role === 'measure') return 'Target for measure →';
    if (role === 'value') return 'Target value';
  }
  return ROLE_LABELS[role] ?? role;
}

/** What an unmapped column becomes: partner files keep every other column as an attribute. */
export function notImportedLabel(kind: FileKind): string {
  return kind === 'partners' ? '— kept as attribute —' : '— not imported —';
}

/** Only `measure` may feed several columns (one measure each); every other role is one column. */
export function isSingleColumnRole(role: ColumnRole): boolean {
  return role !== 'measure';
}

/** The column that has `role`, if any. */
export function columnWith(roles: RoleAssignment, role: ColumnRole): string | undefined {
  return Object.entries(roles).find(([, a]) => a.role === role)?.[0];
}

/** The recognised summary shown when a mapping cannot be edited in the table. */
export function recognisedLabel(kind: FileKind, role: ColumnRole | null, measure?: string): string {
  if (!role) return '—';
  if (role === 'measure') return `Measure ${measure ?? ''}`.trim();
  return roleLabel(kind, role);
}

/** A measure key for a new measure named after a column (`Completed courses` → `completed_courses`). */
export function measureKeyFor(column: string): string {
  const slug = column
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 58);
  if (slug === '') return 'measure';
  return /^[a-z]/.test(slug) ? slug : `m_${slug}`;
}
