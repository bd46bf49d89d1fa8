/**
 * Transaction-grain facts (sales lines, deal registrations, trainings, MDF claims, logins):
 * every accepted row is kept as typed columns (partner key code, raw date, one number per
 * measure), so that roll-ups, outliers and date-order decisions run over arrays at the end.
 */
import type { FileMapping, MeasureRule } from '../../../../shared/api/import';
import {
  compileDate,
  compileNumber,
  compileText,
  daysBetweenParts,
  exprLabel,
  type DaysBetweenParts,
  type NumberGetter,
  type Row,
  type TextGetter,
} from '../mapping/compile-expr';
import { MappingError } from '../mapping/mapping-error';
import type { RowBatch } from '../readers/types';
import { F64Column, I32Column, Interner } from './columns-store';
import { DistinctCodes, KeyTable } from './key-table';
import { DealColumns, type Reject } from './deal-columns';
import { round } from './outliers';
import type { FileContext } from './file-context';

type TxMapping = Extract<FileMapping, { kind: 'transactions' }>;

export interface MeasureSlot {
  rule: MeasureRule;
  label: string;
  kind: 'number' | 'count' | 'distinct' | 'days';
  number: NumberGetter | null;
  text: TextGetter | null;
  days: DaysBetweenParts | null;
  where: ((row: Row) => boolean) | null;
  ownDate: NumberGetter | null;
  ownDateText: TextGetter | null;
  ownDateLabel: string;
  /** The number; for `distinct` the interned text's code; NaN when the row does not count. */
  values: F64Column;
  /** Raw date codes of the measure's own date (when it has one). */
  dates: F64Column | null;
  /** For `daysBetween`: the raw start date (values then hold the raw end date). */
  from: F64Column | null;
  distinct: DistinctCodes | null;
  /** A difference may be negative by nature (margin): no warning for it. */
  signed: boolean;
}

/** Twice the expected keys, a power of two, at most 4M slots (48 MB). */
function tableCapacity(rows: number): number {
  let capacity = 1 << 12;
  while (capacity < rows * 2 && capacity < 1 << 22) capacity *= 2;
  return capacity;
}

function filterOf(rule: MeasureRule, ctx: FileContext): ((row: Row) => boolean) | null {
  if (!rule.where) return null;
  const text = compileText(rule.where.value, ctx);
  const allow = rule.where.in ? new Set(rule.where.in.map((v) => v.trim().toLowerCase())) : null;
  const deny = new Set((rule.where.notIn ?? []).map((v) => v.trim().toLowerCase()));
  return (row) => {
    const v = text(row).toLowerCase();
    return (allow === null || allow.has(v)) && !deny.has(v);
  };
}

function slotOf(rule: MeasureRule, ctx: FileContext, capacity: number): MeasureSlot {
  const days = rule.value ? daysBetweenParts(rule.value, ctx) : null;
  const kind = days
    ? 'days'
    : rule.rule === 'count'
      ? 'count'
      : rule.rule === 'distinct'
        ? 'distinct'
        : 'number';
  if (!rule.value && kind !== 'count') {
    throw new MappingError(
      `${ctx.fileName}: measure ${rule.measure} (${rule.rule}) needs a "value" column.`,
    );
  }
  return {
    rule,
    label: rule.value ? exprLabel(rule.value) : rule.measure,
    kind,
    number: rule.value && kind === 'number' ? compileNumber(rule.value, ctx) : null,
    text: rule.value && !days ? compileText(rule.value, ctx) : null,
    days,
    where: filterOf(rule, ctx),
    ownDate: rule.date ? compileDate(rule.date, ctx) : null,
    ownDateText: rule.date ? compileText(rule.date, ctx) : null,
    ownDateLabel: rule.date ? exprLabel(rule.date) : '',
    values: new F64Column(),
    dates: rule.date ? new F64Column() : null,
    from: days ? new F64Column() : null,
    distinct: kind === 'distinct' ? new DistinctCodes(capacity) : null,
    signed: typeof rule.value === 'object' && 'difference' in rule.value,
  };
}

export class TransactionFile {
  rowsRead = 0;
  rowsRejected = 0;
  readonly rows = new I32Column();
  readonly partner = new I32Column();
  readonly date = new F64Column();
  readonly keys = new Interner();
  readonly keyNames: string[] = [];
  readonly slots: MeasureSlot[];
  readonly deals: DealColumns | null;
  readonly dateLabel: string;
  readonly partnerLabel: string;
  private readonly partnerKey: TextGetter;
  private readonly partnerName: TextGetter | null;
  private readonly dateGetter: NumberGetter;
  private readonly dateText: TextGetter;
  private readonly uniqueKey: TextGetter[] | null;
  private readonly uniqueLabel: string;
  private readonly seenKeys: KeyTable;
  private readonly keyParts: string[];
  private readonly tmp: Float64Array;
  private readonly tmpDate: Float64Array;
  private readonly tmpFrom: Float64Array;

  constructor(
    readonly ctx: FileContext,
    readonly mapping: TxMapping,
    /** Rough row count of the file (sizes hash tables up front). */
    expectedRows = 0,
  ) {
    this.seenKeys = new KeyTable(mapping.uniqueKey?.length ? tableCapacity(expectedRows) : 16);
    this.partnerKey = compileText(mapping.partner, ctx);
    this.partnerLabel = exprLabel(mapping.partner);
    this.partnerName = mapping.partnerName ? compileText(mapping.partnerName, ctx) : null;
    this.dateGetter = compileDate(mapping.date, ctx);
    this.dateText = compileText(mapping.date, ctx);
    this.dateLabel = exprLabel(mapping.date);
    this.uniqueKey = mapping.uniqueKey?.length
      ? mapping.uniqueKey.map((e) => compileText(e, ctx))
      : null;
    this.uniqueLabel = (mapping.uniqueKey ?? []).map(exprLabel).join(' + ');
    this.keyParts = new Array<string>(mapping.uniqueKey?.length ?? 0).fill('');
    this.slots = mapping.measures.map((m) => slotOf(m, ctx, tableCapacity(expectedRows)));
    this.tmp = new Float64Array(this.slots.length);
    this.tmpDate = new Float64Array(this.slots.length);
    this.tmpFrom = new Float64Array(this.slots.length);
    this.deals = mapping.dealRegistration ? new DealColumns(ctx, mapping.dealRegistration) : null;
  }

  private readonly rejectRow: Reject = (code, row, column, value, message) =>
    this.reject(code, row, column, value, message);

  private reject(
    code: Parameters<FileContext['issues']['error']>[0],
    row: number,
    column: string,
    value: string,
    message: string,
  ) {
    this.rowsRejected++;
    this.ctx.issues.error(code, this.ctx.fileName, row, column, value, message);
  }

  process(batch: RowBatch): void {
    const { rows, rowNumbers } = batch;
    for (let r = 0; r < rows.length; r++) this.processRow(rows[r]!, rowNumbers[r]!);
  }

  private processRow(row: Row, rowNo: number): void {
    this.rowsRead++;
    const key = this.partnerKey(row);
    if (key === '') {
      this.reject('missing', rowNo, this.partnerLabel, '', 'no partner');
      return;
    }
    const date = this.dateGetter(row);
    if (date !== date) {
      const text = this.dateText(row);
      if (text === '') this.reject('missing', rowNo, this.dateLabel, '', 'no date');
      else this.reject('invalid-date', rowNo, this.dateLabel, text, `"${text}" is not a date`);
      return;
    }
    if (!this.measureValues(row, rowNo)) return;
    if (this.deals && !this.deals.read(row, rowNo, this.rejectRow)) return;
    if (this.uniqueKey) {
      const parts = this.keyParts;
      for (let k = 0; k < parts.length; k++) parts[k] = this.uniqueKey[k]!(row);
      const first = this.seenKeys.getOrSet(parts, parts.length, rowNo);
      if (first >= 0) {
        this.reject(
          'duplicate',
          rowNo,
          this.uniqueLabel,
          parts.join(' / '),
          `duplicate of row ${first}`,
        );
        return;
      }
    }
    // Accepted: store.
    const code = this.keys.code(key);
    if (code === this.keyNames.length)
      this.keyNames.push(this.partnerName ? this.partnerName(row) : '');
    this.rows.push(rowNo);
    this.partner.push(code);
    this.date.push(date);
    for (let m = 0; m < this.slots.length; m++) {
      const slot = this.slots[m]!;
      slot.values.push(this.tmp[m]!);
      slot.dates?.push(this.tmpDate[m]!);
      slot.from?.push(this.tmpFrom[m]!);
    }
    this.deals?.keep();
  }

  /** Fills tmp* with this row's measure values; false when the row is rejected. */
  private measureValues(row: Row, rowNo: number): boolean {
    const ctx = this.ctx;
    for (let m = 0; m < this.slots.length; m++) {
      const s = this.slots[m]!;
      let v = NaN;
      this.tmpDate[m] = NaN;
      this.tmpFrom[m] = NaN;
      if (s.where === null || s.where(row)) {
        if (s.kind === 'number') {
          v = s.number!(row);
          if (v !== v) {
            const text = s.text!(row);
            if (text !== '') {
              this.reject('invalid-number', rowNo, s.label, text, `"${text}" is not a number`);
              return false;
            }
          }
        } else if (s.kind === 'count') {
          v = s.text === null || s.text(row) !== '' ? 1 : NaN;
        } else if (s.kind === 'distinct') {
          const text = s.text!(row);
          v = text === '' ? NaN : s.distinct!.code(text);
        } else {
          const from = s.days!.from(row);
          const to = s.days!.to(row);
          if (from === from && to === to) {
            this.tmpFrom[m] = from;
            v = to;
          }
        }
        if (s.ownDate && v === v) {
          const d = s.ownDate(row);
          if (d !== d) {
            const text = s.ownDateText!(row);
            if (text !== '') {
              ctx.issues.warning(
                'invalid-date',
                ctx.fileName,
                rowNo,
                s.ownDateLabel,
                text,
                `"${text}" is not a date; the row does not count for ${s.rule.measure}`,
              );
            }
            v = NaN;
          }
          this.tmpDate[m] = d;
        }
      }
      if (v !== v) {
        if (s.rule.required && (s.where === null || s.where(row))) {
          this.reject('missing', rowNo, s.label, '', `no value for ${s.rule.measure}`);
          return false;
        }
      } else if (s.kind === 'number') {
        if (s.rule.min !== undefined && v < s.rule.min) {
          this.reject(
            'out-of-range',
            rowNo,
            s.label,
            round(v),
            `${round(v)} is below the minimum ${s.rule.min} for ${s.rule.measure}`,
          );
          return false;
        }
        if (s.rule.max !== undefined && v > s.rule.max) {
          this.reject(
            'out-of-range',
            rowNo,
            s.label,
            round(v),
            `${round(v)} is above the maximum ${s.rule.max} for ${s.rule.measure}`,
          );
          return false;
        }
        if (v < 0 && s.rule.min === undefined && !s.signed) {
          ctx.issues.warning(
            'negative',
            ctx.fileName,
            rowNo,
            s.label,
            round(v),
            `negative ${s.rule.measure} (a return or credit?)`,
          );
        }
      }
      this.tmp[m] = v;
    }
    return true;
  }
}
