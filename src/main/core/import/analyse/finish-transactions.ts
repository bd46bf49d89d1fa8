/**
 * The end of a transaction file: dates get their final form (slash order decided), rows outside
 * the date range or for a rejected unknown partner are rejected, and each measure's values and
 * bucketing dates come out as plain arrays ready for the roll-up.
 */
import type { PartnerMatch } from '../../../../shared/api/import';
import { codeToDay, codeToIso } from '../values/date-code';
import type { IssueCollector } from './issues';
import type { PartnerIndex } from './partner-index';
import type { MeasureSlot, TransactionFile } from './transaction-file';

export interface FinishEnv {
  issues: IssueCollector;
  /** Accepted date range as codes (inclusive). */
  dateFrom: number;
  dateTo: number;
  partners: PartnerIndex;
}

export interface TxFinal {
  file: TransactionFile;
  /** Global partner number per stored row; -1 for a row rejected here. */
  partner: Int32Array;
  dates: Float64Array;
  rejected: number;
  measures: { slot: MeasureSlot; values: Float64Array; dates: Float64Array }[];
  minDate: number;
  maxDate: number;
}

/** How a raw slash value was written, for messages. */
export function rawText(raw: number): string {
  if (raw >= 0) return codeToIso(raw);
  const v = -raw;
  return `${Math.floor(v / 100) % 100}/${v % 100}/${Math.floor(v / 10000)}`;
}

export function finishTransactions(file: TransactionFile, env: FinishEnv): TxFinal {
  const { ctx } = file;
  const match: PartnerMatch = file.mapping.partnerMatch ?? 'externalId';
  const n = file.rows.length;
  const rows = file.rows.view();
  const keyCodes = file.partner.view();
  const rawDates = file.date.view();
  const dateColumn = ctx.dateColumn(file.dateLabel);
  const partnerOfKey = new Int32Array(file.keys.values.length);
  file.keys.values.forEach((key, k) => {
    partnerOfKey[k] = env.partners.resolve(key, match, file.keyNames[k] ?? '');
  });
  const rowsOfKey = new Int32Array(file.keys.values.length);
  const partner = new Int32Array(n);
  const dates = new Float64Array(n);
  let rejected = 0;
  let minDate = Infinity;
  let maxDate = -Infinity;
  for (let i = 0; i < n; i++) {
    const code = dateColumn.finalCode(rawDates[i]!);
    const rowNo = rows[i]!;
    partner[i] = -1;
    dates[i] = NaN;
    if (code !== code) {
      const text = rawText(rawDates[i]!);
      env.issues.error(
        'invalid-date',
        ctx.fileName,
        rowNo,
        file.dateLabel,
        text,
        `${text} is not a real date in the column's day/month order`,
      );
      rejected++;
      continue;
    }
    if (code < env.dateFrom || code > env.dateTo) {
      env.issues.error(
        'date-out-of-range',
        ctx.fileName,
        rowNo,
        file.dateLabel,
        codeToIso(code),
        `${codeToIso(code)} is outside ${codeToIso(env.dateFrom)} … ${codeToIso(env.dateTo)}`,
      );
      rejected++;
      continue;
    }
    const key = keyCodes[i]!;
    const p = partnerOfKey[key]!;
    rowsOfKey[key] = rowsOfKey[key]! + 1;
    if (p < 0) {
      const k = file.keys.values[key]!;
      env.issues.error(
        'unknown-partner',
        ctx.fileName,
        rowNo,
        file.partnerLabel,
        k,
        `partner "${k}" is neither in the workspace nor in a partner file of this import`,
      );
      rejected++;
      continue;
    }
    partner[i] = p;
    dates[i] = code;
    if (code < minDate) minDate = code;
    if (code > maxDate) maxDate = code;
  }
  file.keys.values.forEach((key, k) => {
    const p = partnerOfKey[k]!;
    if (rowsOfKey[k]! > 0 && (p < 0 || env.partners.source[p] === 'created')) {
      env.partners.countUnknownRows(key, match, rowsOfKey[k]!);
    }
  });
  const measures = file.slots.map((slot) => finishMeasure(slot, file, dates, env));
  return { file, partner, dates, rejected, measures, minDate, maxDate };
}

function finishMeasure(
  slot: MeasureSlot,
  file: TransactionFile,
  mainDates: Float64Array,
  env: FinishEnv,
) {
  const raw = slot.values.view();
  const own = slot.dates?.view();
  if (!own && slot.kind !== 'days') return { slot, values: raw, dates: mainDates };
  const n = mainDates.length;
  const values = slot.kind === 'days' ? new Float64Array(n) : raw;
  const dates = own ? new Float64Array(n) : mainDates;
  const ownColumn = own ? file.ctx.dateColumn(slot.ownDateLabel) : null;
  const from = slot.from?.view();
  const fromColumn = slot.days ? slot.days.fromDates : null;
  const toColumn = slot.days ? slot.days.toDates : null;
  for (let i = 0; i < n; i++) {
    if (own) {
      let d = mainDates[i]!;
      if (d === d) {
        d = ownColumn!.finalCode(own[i]!);
        if (d === d && (d < env.dateFrom || d > env.dateTo)) d = NaN;
      }
      dates[i] = d;
    }
    if (slot.kind === 'days') {
      const v = raw[i]!;
      const a = v === v ? fromColumn!.finalCode(from![i]!) : NaN;
      const b = v === v ? toColumn!.finalCode(v) : NaN;
      values[i] = a === a && b === b ? codeToDay(b) - codeToDay(a) : NaN;
    }
  }
  return { slot, values, dates };
}
