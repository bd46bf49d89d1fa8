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
import { dealStatusReader } from './deal-status';
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

export interface DealColumns {
  reference: string[];
  registered: F64Column;
  closed: F64Column;
  status: I32Column;
  value: F64Column;
  labels: { registered: string; closed: string };
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

function slotOf(rule: MeasureRule, ctx: FileContext): MeasureSlot {
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
    distinct: kind === 'distinct' ? new DistinctCodes() : null,
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
  private readonly dealGetters: {
    reference: TextGetter;
    registered: TextGetter;
    closed: TextGetter | null;
    status: TextGetter;
    statusCode: (text: string) => number;
    value: NumberGetter | null;
    valueText: TextGetter | null;
    labels: { reference: string; status: string; value: string };
  } | null;
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
    this.slots = mapping.measures.map((m) => slotOf(m, ctx));
    this.tmp = new Float64Array(this.slots.length);
    this.tmpDate = new Float64Array(this.slots.length);
    this.tmpFrom = new Float64Array(this.slots.length);
    const d = mapping.dealRegistration;
    if (d) {
      this.dealGetters = {
        reference: compileText(d.reference, ctx),
        registered: compileText(d.registeredOn, ctx),
        closed: d.closedOn ? compileText(d.closedOn, ctx) : null,
        status: compileText(d.status, ctx),
        statusCode: dealStatusReader(d.statusMap),
        value: d.value ? compileNumber(d.value, ctx) : null,
        valueText: d.value ? compileText(d.value, ctx) : null,
        labels: {
          reference: exprLabel(d.reference),
          status: exprLabel(d.status),
          value: d.value ? exprLabel(d.value) : '',
        },
      };
      this.deals = {
        reference: [],
        registered: new F64Column(),
        closed: new F64Column(),
        status: new I32Column(),
        value: new F64Column(),
        labels: {
          registered: exprLabel(d.registeredOn),
          closed: d.closedOn ? exprLabel(d.closedOn) : '',
        },
      };
      // Make sure the date readers exist under the labels finish() resolves.
      ctx.dateColumn(this.deals.labels.registered);
      if (d.closedOn) ctx.dateColumn(this.deals.labels.closed);
    } else {
      this.dealGetters = null;
      this.deals = null;
    }
  }

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
    let dealRef = '';
    let dealValues: [number, number, number, number] | null = null;
    if (this.dealGetters) {
      const deal = this.readDeal(row, rowNo);
      if (!deal) return;
      [dealRef, dealValues] = deal;
    }
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
    if (this.deals && dealValues) {
      this.deals.reference.push(dealRef);
      this.deals.registered.push(dealValues[0]);
      this.deals.closed.push(dealValues[1]);
      this.deals.status.push(dealValues[2]);
      this.deals.value.push(dealValues[3]);
    }
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

  private readDeal(row: Row, rowNo: number): [string, [number, number, number, number]] | null {
    const g = this.dealGetters!;
    const ctx = this.ctx;
    const ref = g.reference(row);
    if (ref === '') {
      this.reject('missing', rowNo, g.labels.reference, '', 'no deal reference');
      return null;
    }
    const regText = g.registered(row);
    const registered =
      regText === '' ? NaN : ctx.dateColumn(this.deals!.labels.registered).parse(regText);
    if (registered !== registered) {
      if (regText === '')
        this.reject('missing', rowNo, this.deals!.labels.registered, '', 'no registration date');
      else
        this.reject(
          'invalid-date',
          rowNo,
          this.deals!.labels.registered,
          regText,
          `"${regText}" is not a date`,
        );
      return null;
    }
    let closed = NaN;
    if (g.closed) {
      const text = g.closed(row);
      if (text !== '') {
        closed = ctx.dateColumn(this.deals!.labels.closed).parse(text);
        if (closed !== closed) {
          this.reject(
            'invalid-date',
            rowNo,
            this.deals!.labels.closed,
            text,
            `"${text}" is not a date`,
          );
          return null;
        }
      }
    }
    const statusText = g.status(row);
    const status = g.statusCode(statusText);
    if (status < 0) {
      this.reject(
        'invalid-status',
        rowNo,
        g.labels.status,
        statusText,
        `unknown deal status "${statusText}"; map it with statusMap (to submitted, approved, rejected, won or lost)`,
      );
      return null;
    }
    let value = 0;
    if (g.value) {
      const v = g.value(row);
      if (v === v) value = v;
      else {
        const text = g.valueText!(row);
        if (text !== '') {
          this.reject('invalid-number', rowNo, g.labels.value, text, `"${text}" is not a number`);
          return null;
        }
      }
    }
    return [ref, [registered, closed, status, value]];
  }
}
