/**
 * Deal registrations of a transaction file, final: dates resolved, and a reference seen twice
 * for the same partner rejected (its row then counts for no measure either).
 */
import { DEAL_STATUS_CODES } from './deal-status';
import { codeToIso } from '../values/date-code';
import type { FinishEnv, TxFinal } from './finish-transactions';
import { rawText } from './finish-transactions';
import type { PlannedDeal } from './plan';

/**
 * The deals kept so far across an import's files, by partner then reference, each with where it
 * was first seen (file number × 2^32 + row). The references are the reader's own strings and the
 * origin a number, so a million deals add no key or message strings (~100 MB at 1M rows).
 */
export class SeenDeals {
  private readonly byPartner = new Map<number, Map<string, number>>();
  private readonly files: string[] = [];

  /** Where the partner's deal was first seen ("file row n"), or null after recording it as new. */
  firstOrAdd(partner: number, reference: string, fileName: string, row: number): string | null {
    let refs = this.byPartner.get(partner);
    if (!refs) {
      refs = new Map();
      this.byPartner.set(partner, refs);
    }
    const first = refs.get(reference);
    if (first !== undefined) {
      const file = Math.floor(first / 2 ** 32);
      return `${this.files[file]} row ${first - file * 2 ** 32}`;
    }
    let file = this.files.lastIndexOf(fileName);
    if (file < 0) file = this.files.push(fileName) - 1;
    refs.set(reference, file * 2 ** 32 + row);
    return null;
  }
}

export function finishDeals(final: TxFinal, env: FinishEnv, seen: SeenDeals): PlannedDeal[] {
  const deals = final.file.deals;
  if (!deals) return [];
  const { ctx } = final.file;
  const rows = final.file.rows.view();
  const registered = deals.registered.view();
  const closed = deals.closed.view();
  const status = deals.status.view();
  const value = deals.value.view();
  const regColumn = ctx.dateColumn(deals.labels.registered);
  const closedColumn = deals.labels.closed ? ctx.dateColumn(deals.labels.closed) : null;
  const out: PlannedDeal[] = [];
  // Deals share a few hundred days: one date string per day, not two per deal.
  const isoByCode = new Map<number, string>();
  const iso = (code: number) => {
    let text = isoByCode.get(code);
    if (text === undefined) isoByCode.set(code, (text = codeToIso(code)));
    return text;
  };
  const reject = (
    i: number,
    code: 'invalid-date' | 'duplicate',
    column: string,
    text: string,
    message: string,
  ) => {
    env.issues.error(code, ctx.fileName, rows[i]!, column, text, message);
    final.partner[i] = -1;
    final.rejected++;
  };
  for (let i = 0; i < rows.length; i++) {
    const partner = final.partner[i]!;
    if (partner < 0) continue;
    const reg = regColumn.finalCode(registered[i]!);
    if (reg !== reg) {
      reject(
        i,
        'invalid-date',
        deals.labels.registered,
        rawText(registered[i]!),
        `${rawText(registered[i]!)} is not a real date in the column's day/month order`,
      );
      continue;
    }
    const close = closedColumn ? closedColumn.finalCode(closed[i]!) : NaN;
    if (closed[i] === closed[i] && close !== close) {
      reject(
        i,
        'invalid-date',
        deals.labels.closed,
        rawText(closed[i]!),
        `${rawText(closed[i]!)} is not a real date in the column's day/month order`,
      );
      continue;
    }
    const first = seen.firstOrAdd(partner, deals.reference[i]!, ctx.fileName, rows[i]!);
    if (first !== null) {
      reject(
        i,
        'duplicate',
        'reference',
        deals.reference[i]!,
        `deal ${deals.reference[i]} of this partner already appeared (${first})`,
      );
      continue;
    }
    out.push({
      partner,
      reference: deals.reference[i]!,
      registeredOn: iso(reg),
      closedOn: close === close ? iso(close) : null,
      status: DEAL_STATUS_CODES[status[i]!]!,
      value: value[i]!,
    });
  }
  return out;
}
