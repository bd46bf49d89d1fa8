/**
 * Deal registrations of a transaction file, final: dates resolved, and a reference seen twice
 * for the same partner rejected (its row then counts for no measure either).
 */
import { DEAL_STATUS_CODES } from './deal-status';
import { codeToIso } from '../values/date-code';
import type { FinishEnv, TxFinal } from './finish-transactions';
import { rawText } from './finish-transactions';
import type { PlannedDeal } from './plan';

export function finishDeals(
  final: TxFinal,
  env: FinishEnv,
  seen: Map<string, string>,
): PlannedDeal[] {
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
    const key = `${partner}\u0001${deals.reference[i]}`;
    const first = seen.get(key);
    if (first !== undefined) {
      reject(
        i,
        'duplicate',
        'reference',
        deals.reference[i]!,
        `deal ${deals.reference[i]} of this partner already appeared (${first})`,
      );
      continue;
    }
    seen.set(key, `${ctx.fileName} row ${rows[i]}`);
    out.push({
      partner,
      reference: deals.reference[i]!,
      registeredOn: codeToIso(reg),
      closedOn: close === close ? codeToIso(close) : null,
      status: DEAL_STATUS_CODES[status[i]!]!,
      value: value[i]!,
    });
  }
  return out;
}
