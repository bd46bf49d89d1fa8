/**
 * The deal-registration side of a transaction file: each accepted row's reference, dates,
 * status and value, read and validated per row, kept as columns until the commit plan.
 */
import type { IssueCode } from '../../../../shared/api/import';
import type { DealRegistrationMapping } from '../../../../shared/api/import';
import {
  compileNumber,
  compileText,
  exprLabel,
  type NumberGetter,
  type Row,
  type TextGetter,
} from '../mapping/compile-expr';
import { F64Column, I32Column } from './columns-store';
import { dealStatusReader } from './deal-status';
import type { FileContext } from './file-context';

export type Reject = (
  code: IssueCode,
  row: number,
  column: string,
  value: string,
  message: string,
) => void;

export class DealColumns {
  readonly reference: string[] = [];
  readonly registered = new F64Column();
  readonly closed = new F64Column();
  readonly status = new I32Column();
  readonly value = new F64Column();
  readonly labels: {
    registered: string;
    closed: string;
    reference: string;
    status: string;
    value: string;
  };
  private readonly get: {
    reference: TextGetter;
    registered: TextGetter;
    closed: TextGetter | null;
    status: TextGetter;
    statusCode: (text: string) => number;
    value: NumberGetter | null;
    valueText: TextGetter | null;
  };
  /** The row being read, stored by `keep` once the whole row is accepted. */
  private pending: [string, number, number, number, number] = ['', NaN, NaN, -1, 0];

  constructor(
    private readonly ctx: FileContext,
    d: DealRegistrationMapping,
  ) {
    this.get = {
      reference: compileText(d.reference, ctx),
      registered: compileText(d.registeredOn, ctx),
      closed: d.closedOn ? compileText(d.closedOn, ctx) : null,
      status: compileText(d.status, ctx),
      statusCode: dealStatusReader(d.statusMap),
      value: d.value ? compileNumber(d.value, ctx) : null,
      valueText: d.value ? compileText(d.value, ctx) : null,
    };
    this.labels = {
      registered: exprLabel(d.registeredOn),
      closed: d.closedOn ? exprLabel(d.closedOn) : '',
      reference: exprLabel(d.reference),
      status: exprLabel(d.status),
      value: d.value ? exprLabel(d.value) : '',
    };
    // The date readers exist under these labels, which finishing resolves.
    ctx.dateColumn(this.labels.registered);
    if (d.closedOn) ctx.dateColumn(this.labels.closed);
  }

  /** Reads a row's deal; false (after rejecting it) when something is wrong. */
  read(row: Row, rowNo: number, reject: Reject): boolean {
    const { get, labels, ctx } = this;
    const ref = get.reference(row);
    if (ref === '') {
      reject('missing', rowNo, labels.reference, '', 'no deal reference');
      return false;
    }
    const regText = get.registered(row);
    const registered = regText === '' ? NaN : ctx.dateColumn(labels.registered).parse(regText);
    if (registered !== registered) {
      if (regText === '') reject('missing', rowNo, labels.registered, '', 'no registration date');
      else reject('invalid-date', rowNo, labels.registered, regText, `"${regText}" is not a date`);
      return false;
    }
    let closed = NaN;
    const closedText = get.closed ? get.closed(row) : '';
    if (closedText !== '') {
      closed = ctx.dateColumn(labels.closed).parse(closedText);
      if (closed !== closed) {
        reject('invalid-date', rowNo, labels.closed, closedText, `"${closedText}" is not a date`);
        return false;
      }
    }
    const statusText = get.status(row);
    const status = get.statusCode(statusText);
    if (status < 0) {
      reject(
        'invalid-status',
        rowNo,
        labels.status,
        statusText,
        `unknown deal status "${statusText}"; map it with statusMap (to submitted, approved, rejected, won or lost)`,
      );
      return false;
    }
    let value = 0;
    if (get.value) {
      const v = get.value(row);
      if (v === v) value = v;
      else {
        const text = get.valueText!(row);
        if (text !== '') {
          reject('invalid-number', rowNo, labels.value, text, `"${text}" is not a number`);
          return false;
        }
      }
    }
    this.pending = [ref, registered, closed, status, value];
    return true;
  }

  /** Stores the deal last read (its row passed every other check too). */
  keep(): void {
    const [ref, registered, closed, status, value] = this.pending;
    this.reference.push(ref);
    this.registered.push(registered);
    this.closed.push(closed);
    this.status.push(status);
    this.value.push(value);
  }
}
