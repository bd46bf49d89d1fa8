/**
 * A file mapping from recognised columns: the kind of data (partners, transactions, deal
 * registrations, KPI tables, targets) and which column feeds what. The user confirms or edits it.
 */
import type {
  ColumnRole,
  FileKind,
  FileMapping,
  MeasureRule,
  RecognisedColumn,
} from '../../../../shared/api/import';
import { DEAL_STATUS_CODES, dealStatusReader } from '../analyse/deal-status';
import { attributeKey } from '../analyse/partner-file';
import {
  isStandardMeasureName,
  measureKeyFromHeader,
  unrecognisedNumericColumns,
} from './new-measures';

export interface BuiltMapping {
  kind: FileKind;
  mapping: FileMapping;
  notes: string[];
  /** What must be chosen before the mapping can be used (no partner column recognised). */
  blocking?: string[];
}

/** The one-line refusal for a file whose partner column was not recognised. */
export function noPartnerColumn(fileName: string): string {
  return `${fileName}: no column was recognised as the partner id or name, so no row can be given to a partner. Choose the partner column in the import's mapping (command line: write the mapping with --save-mapping FILE, set "partner" — for a partner list "fields.externalId" — to the column's name, and import with --mapping FILE).`;
}

export function buildFileMapping(
  fileName: string,
  recognised: RecognisedColumn[],
  rows: string[][],
  columns: string[],
): BuiltMapping {
  const built = buildWithoutCheck(fileName, recognised, rows, columns);
  const partner = recognised.some((r) => r.role === 'partnerId' || r.role === 'partnerName');
  return partner ? built : { ...built, blocking: [noPartnerColumn(fileName)] };
}

function buildWithoutCheck(
  fileName: string,
  recognised: RecognisedColumn[],
  rows: string[][],
  columns: string[],
): BuiltMapping {
  const col = (role: ColumnRole) => recognised.find((r) => r.role === role)?.column;
  const has = (role: ColumnRole) => col(role) !== undefined;
  const notes = recognised
    .filter((r) => r.role)
    .map(
      (r) => `${r.column} → ${r.role === 'measure' ? `measure ${r.measure}` : r.role} (${r.why})`,
    );
  const partner = col('partnerId') ?? col('partnerName');
  const match = has('partnerId') ? ('externalId' as const) : ('name' as const);
  const wide = recognised.filter((r) => r.role === 'measure');
  const isTarget = has('target') || /target|quota|plan/i.test(fileName);

  if (!partner) notes.push('No column was recognised as the partner id or name; choose one.');
  const partnerExpr = partner ?? columns[0] ?? 'column1';

  if (has('period') && has('measureName') && (has('value') || has('amount') || has('target'))) {
    const kind = isTarget ? 'targets-long' : 'kpi-long';
    return {
      kind,
      notes,
      mapping: {
        match: fileName,
        kind,
        partner: partnerExpr,
        partnerMatch: match,
        period: col('period')!,
        measure: col('measureName')!,
        value: (col('value') ?? col('target') ?? col('amount'))!,
        ...newMeasureNames(col('measureName')!, rows, columns, notes),
      },
    };
  }
  if (has('period') && (wide.length > 0 || has('target') || has('amount'))) {
    const kind = isTarget ? 'targets-wide' : 'kpi-wide';
    const measures = wide.map((w) => ({ measure: w.measure!, value: w.column }));
    // Revenue only when a header says so ("Amount", "Sales", "Quota"); a column recognised from
    // its numbers alone becomes a measure named after its header, like every other such column.
    const headerAmount = recognised.find((r) => r.role === 'amount' && r.why.startsWith('header'));
    const money = col('target') ?? headerAmount?.column;
    if (money && !measures.some((m) => m.measure === 'revenue'))
      measures.push({ measure: 'revenue', value: money });
    const added: string[] = [];
    for (const r of unrecognisedNumericColumns(recognised)) {
      if (r.column === money || r.column === partner || r.column === col('period')) continue;
      const key = measureKeyFromHeader(r.column);
      if (measures.some((m) => m.measure === key)) continue;
      measures.push({ measure: key, value: r.column });
      added.push(`${r.column} → ${key}`);
    }
    if (added.length) notes.push(`New measures named after their columns: ${added.join(', ')}.`);
    return {
      kind,
      notes,
      mapping: {
        match: fileName,
        kind,
        partner: partnerExpr,
        partnerMatch: match,
        period: col('period')!,
        measures,
      },
    };
  }
  const date = col('date') ?? col('registeredOn') ?? col('closedOn');
  const isDeals = has('stage') && (has('dealId') || has('registeredOn') || has('closedOn'));
  if (date && (isDeals || has('amount') || has('quantity') || has('orderId') || has('cost'))) {
    const common = {
      match: fileName,
      kind: 'transactions' as const,
      partner: partnerExpr,
      partnerMatch: match,
      ...(has('partnerId') && has('partnerName') ? { partnerName: col('partnerName')! } : {}),
    };
    if (isDeals)
      return {
        kind: 'transactions',
        notes,
        mapping: { ...common, ...dealMapping(recognised, rows, columns, date, notes) },
      };
    const measures: MeasureRule[] = [];
    if (has('amount')) measures.push({ measure: 'revenue', rule: 'sum', value: col('amount')! });
    if (has('cost')) measures.push({ measure: 'cost', rule: 'sum', value: col('cost')! });
    if (has('orderId'))
      measures.push({ measure: 'orders', rule: 'distinct', value: col('orderId')! });
    if (has('quantity')) measures.push({ measure: 'units', rule: 'sum', value: col('quantity')! });
    return { kind: 'transactions', notes, mapping: { ...common, date, measures } };
  }
  const fields: Record<string, string> = { externalId: partnerExpr };
  const roles: [ColumnRole, string][] = [
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
  for (const [role, field] of roles) if (col(role)) fields[field] = col(role)!;
  if (!has('partnerId') && has('partnerName'))
    notes.push(`No id column: the name (${col('partnerName')}) is used as the partner id.`);
  const attrs = columns.filter((c) => !Object.values(fields).includes(c)).map(attributeKey);
  if (attrs.length)
    notes.push(
      `Other columns are kept as partner attributes: ${attrs.slice(0, 12).join(', ')}${attrs.length > 12 ? ', …' : ''}.`,
    );
  return {
    kind: 'partners',
    notes,
    mapping: {
      match: fileName,
      kind: 'partners',
      fields: fields as { externalId: string },
      extraColumnsAsAttributes: true,
    },
  };
}

/** Measure names in a long table's sample that name no standard measure: each a new measure. */
function newMeasureNames(
  measureColumn: string,
  rows: string[][],
  columns: string[],
  notes: string[],
): { measureNames?: Record<string, string> } {
  const idx = columns.indexOf(measureColumn);
  const names = new Set(rows.map((r) => (r[idx] ?? '').trim()).filter((v) => v !== ''));
  const measureNames: Record<string, string> = {};
  for (const name of names)
    if (!isStandardMeasureName(name)) measureNames[name] = measureKeyFromHeader(name);
  const list = Object.entries(measureNames);
  if (list.length === 0) return {};
  notes.push(
    `New measures named after the table's measure names: ${list.map(([n, k]) => `${n} → ${k}`).join(', ')}.`,
  );
  return { measureNames };
}

/** Deal registrations: the row itself, plus the standard pipeline measures rolled up from it. */
function dealMapping(
  recognised: RecognisedColumn[],
  rows: string[][],
  columns: string[],
  date: string,
  notes: string[],
) {
  const col = (role: ColumnRole) => recognised.find((r) => r.role === role)?.column;
  const stage = col('stage')!;
  const idx = columns.indexOf(stage);
  const read = dealStatusReader();
  const observed = [...new Set(rows.map((r) => (r[idx] ?? '').trim()).filter((v) => v !== ''))];
  const byStatus = (codes: string[]) =>
    observed.filter((v) => codes.includes(DEAL_STATUS_CODES[read(v)] ?? ''));
  const won = byStatus(['won']);
  const notApproved = byStatus(['submitted', 'rejected']);
  const registered = col('registeredOn') ?? date;
  const closed = col('closedOn');
  const amount = col('amount');
  const unknown = observed.filter((v) => read(v) < 0);
  if (unknown.length)
    notes.push(`Deal stages not recognised: ${unknown.join(', ')}; map them in statusMap.`);
  const measures: MeasureRule[] = [
    { measure: 'deal_regs_submitted', rule: 'count' },
    { measure: 'deal_regs_approved', rule: 'count', where: { value: stage, notIn: notApproved } },
  ];
  if (amount) measures.push({ measure: 'deal_reg_value', rule: 'sum', value: amount });
  if (closed) {
    measures.push({
      measure: 'deal_regs_won',
      rule: 'count',
      where: { value: stage, in: won.length ? won : ['won'] },
      date: closed,
    });
    if (amount)
      measures.push({
        measure: 'deal_reg_won_value',
        rule: 'sum',
        value: amount,
        where: { value: stage, in: won.length ? won : ['won'] },
        date: closed,
      });
    measures.push({
      measure: 'days_to_close',
      rule: 'average',
      value: { daysBetween: [registered, closed] },
      where: { value: stage, in: won.length ? won : ['won'] },
      date: closed,
    });
  }
  notes.push(
    `Rows are deal registrations (stage column ${stage}); won = ${won.join(', ') || 'won'}.`,
  );
  return {
    date: registered,
    ...(col('dealId') ? { uniqueKey: [col('dealId')!] } : {}),
    measures,
    dealRegistration: {
      reference: col('dealId') ?? registered,
      registeredOn: registered,
      ...(closed ? { closedOn: closed } : {}),
      status: stage,
      ...(amount ? { value: amount } : {}),
    },
  };
}
