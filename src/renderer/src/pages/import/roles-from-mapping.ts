/**
 * The role table read back from a file mapping (the recognised one, or a preset's), so the table
 * shows what the report was made with; and the table carried over when the user changes the
 * kind of file. A mapping the table cannot show (lookups, derived values, deal registrations,
 * filtered measures) stays as it is, read-only.
 */
import type {
  ColumnRole,
  FileKind,
  FileMapping,
  RecognisedColumn,
  ValueExpr,
} from '../../../../shared/api';
import {
  isSingleColumnRole,
  ROLES_BY_KIND,
  type ColumnAssignment,
  type RoleAssignment,
} from './column-roles';
import type { MappingEdits } from './mapping-from-roles';

export type ReadBack =
  | { editable: true; roles: RoleAssignment; edits: MappingEdits }
  | { editable: false; reason: string };

const TRANSACTION_MEASURES: Record<string, [ColumnRole, string]> = {
  revenue: ['amount', 'sum'],
  cost: ['cost', 'sum'],
  orders: ['orderId', 'distinct'],
  units: ['quantity', 'sum'],
};

const PARTNER_FIELD_ROLES: Record<string, ColumnRole> = {
  name: 'partnerName',
  type: 'type',
  tier: 'tier',
  region: 'region',
  country: 'country',
  parent: 'parent',
  accountManager: 'accountManager',
  status: 'status',
  onboardedOn: 'onboardedOn',
};

class NotShown extends Error {}

/** Reads `file` back into roles over `columns`; columns the mapping names but the file lacks are dropped. */
export function rolesFromMapping(file: FileMapping, columns: string[]): ReadBack {
  const roles: RoleAssignment = Object.fromEntries(columns.map((c) => [c, { role: null }]));
  const assign = (expr: ValueExpr | undefined, a: ColumnAssignment) => {
    if (expr === undefined) return;
    const column = columnOf(expr);
    if (column === null) throw new NotShown('it derives values from several columns or files');
    if (!(column in roles)) return;
    const had = roles[column]!;
    // The partner id doubling as the name is one column with one role.
    if (had.role === 'partnerId' && a.role === 'partnerName') return;
    if (had.role !== null) throw new NotShown(`it reads column “${column}” twice`);
    roles[column] = a;
  };
  const edits: MappingEdits = { uniqueKey: false, grain: null, measureNames: {} };
  try {
    if (file.kind === 'partners') {
      if (file.attributes && Object.keys(file.attributes).length > 0)
        throw new NotShown('it names partner attributes');
      if (file.extraColumnsAsAttributes === false)
        throw new NotShown('it leaves out the other columns');
      const { externalId, ...rest } = file.fields;
      const idIsName = rest.name !== undefined && sameColumn(rest.name, externalId);
      assign(externalId, { role: idIsName ? 'partnerName' : 'partnerId' });
      for (const [field, expr] of Object.entries(rest))
        if (!(idIsName && field === 'name')) assign(expr, { role: PARTNER_FIELD_ROLES[field]! });
    } else {
      if (typeof file.partnerMatch === 'object')
        throw new NotShown('it finds partners by an attribute');
      assign(file.partner, { role: file.partnerMatch === 'name' ? 'partnerName' : 'partnerId' });
      if (file.kind === 'transactions') readTransactions(file, assign, edits);
      else {
        assign(file.period, { role: 'period' });
        edits.grain = file.grain ?? null;
        if ('measures' in file) {
          for (const m of file.measures) assign(m.value, { role: 'measure', measure: m.measure });
        } else {
          assign(file.measure, { role: 'measureName' });
          assign(file.value, { role: 'value' });
          edits.measureNames = { ...file.measureNames };
        }
      }
    }
  } catch (error) {
    if (error instanceof NotShown) return { editable: false, reason: error.message };
    throw error;
  }
  return { editable: true, roles, edits };
}

function readTransactions(
  file: Extract<FileMapping, { kind: 'transactions' }>,
  assign: (expr: ValueExpr | undefined, a: ColumnAssignment) => void,
  edits: MappingEdits,
) {
  if (file.dealRegistration) throw new NotShown('it stores deal registrations');
  if (file.partnerName !== undefined) assign(file.partnerName, { role: 'partnerName' });
  assign(file.date, { role: 'date' });
  for (const m of file.measures) {
    const known = TRANSACTION_MEASURES[m.measure];
    const plain =
      m.where === undefined &&
      m.date === undefined &&
      m.required === undefined &&
      m.min === undefined &&
      m.max === undefined;
    if (!known || known[1] !== m.rule || !plain || m.value === undefined)
      throw new NotShown(`it rolls up ${m.measure} with its own rule`);
    assign(m.value, { role: known[0] });
  }
  const orderId = file.measures.find((m) => m.measure === 'orders')?.value;
  if (file.uniqueKey) {
    if (
      file.uniqueKey.length !== 1 ||
      orderId === undefined ||
      !sameColumn(file.uniqueKey[0]!, orderId)
    )
      throw new NotShown('it identifies rows by its own key');
    edits.uniqueKey = true;
  }
}

/** The column a plain expression reads (`"Amount"` or `{column: "Amount"}`), else null. */
function columnOf(expr: ValueExpr): string | null {
  if (typeof expr === 'string') return expr;
  return 'column' in expr && !('lookup' in expr) ? expr.column : null;
}

function sameColumn(a: ValueExpr, b: ValueExpr): boolean {
  return columnOf(a) !== null && columnOf(a) === columnOf(b);
}

/** What a role becomes in another kind of file (a date becomes the period of a KPI table…). */
function translate(kind: FileKind, a: ColumnAssignment): ColumnAssignment | null {
  const { role } = a;
  if (!role) return null;
  if (ROLES_BY_KIND[kind].includes(role)) return role === 'measure' ? a : { role };
  const kpi = kind !== 'partners' && kind !== 'transactions';
  const wide = kind === 'kpi-wide' || kind === 'targets-wide';
  const isDate = role === 'date' || role === 'registeredOn' || role === 'closedOn';
  if (kpi && (isDate || role === 'period')) return { role: 'period' };
  if (kind === 'transactions' && (isDate || role === 'period')) return { role: 'date' };
  const money = role === 'amount' || role === 'target' || role === 'value';
  if (wide && money) return { role: 'measure', measure: role === 'value' ? null : 'revenue' };
  if (wide && role === 'cost') return { role: 'measure', measure: 'cost' };
  if (wide && role === 'quantity') return { role: 'measure', measure: 'units' };
  if (kpi && !wide && money) return { role: 'value' };
  if (kind === 'transactions' && money) return { role: 'amount' };
  if (kind === 'transactions' && role === 'measure') {
    const back = Object.entries(TRANSACTION_MEASURES).find(([key]) => key === a.measure);
    return back ? { role: back[1][0] } : null;
  }
  return null;
}

const NUMBER_ROLES = new Set<ColumnRole>(['measure', 'value', 'amount', 'cost', 'quantity']);

/** Whether a recognised role suits the column's values (a header guess can be wrong). */
function suits(a: ColumnAssignment | null, valueType: RecognisedColumn['valueType']): boolean {
  if (!a?.role) return false;
  if (a.role === 'period' || a.role === 'date') return valueType !== 'number';
  if (NUMBER_ROLES.has(a.role)) return valueType === 'number' || valueType === 'empty';
  return true;
}

/**
 * The table for another kind of file: each column keeps its role where that kind has it, else
 * takes its translated role, else its recognised one when that suits its values; a role only one
 * column may have goes to the first column that claims it. A KPI table or transaction file with
 * no period or date yet takes its first date column for it.
 */
export function rolesForKind(
  kind: FileKind,
  current: RoleAssignment,
  recognised: RecognisedColumn[],
): RoleAssignment {
  const taken = new Set<ColumnRole>();
  const out: RoleAssignment = {};
  for (const r of recognised) {
    const fromRecognised = translate(kind, { role: r.role, measure: r.measure ?? null });
    const next =
      translate(kind, current[r.column] ?? { role: null }) ??
      (suits(fromRecognised, r.valueType) ? fromRecognised : null);
    if (next?.role && isSingleColumnRole(next.role) && taken.has(next.role)) {
      out[r.column] = { role: null };
      continue;
    }
    if (next?.role) taken.add(next.role);
    out[r.column] = next ?? { role: null };
  }
  const timeRole = kind === 'transactions' ? 'date' : kind === 'partners' ? null : 'period';
  if (timeRole && !taken.has(timeRole)) {
    const first = recognised.find((r) => r.valueType === 'date' && !out[r.column]?.role);
    if (first) out[first.column] = { role: timeRole };
  }
  return out;
}
