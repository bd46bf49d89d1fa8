/**
 * Rows refused before any mapping sees them: rows the reader found cut off at the end of the file,
 * and rows with a value longer than a spreadsheet cell may hold. Each refusal is reported with
 * file, row, column and reason; the rest of the batch goes on.
 */
import { MAX_FIELD_CHARS } from '../readers/csv-tokenizer';
import type { RowBatch, RowProblem } from '../readers/types';
import type { IssueCollector } from './issues';

/** Refuses values longer than `MAX_FIELD_CHARS`, Excel's limit for a cell. */
function longValues(batch: RowBatch, columns: string[]): RowProblem[] {
  const out: RowProblem[] = [];
  const rows = batch.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      if (row[c]!.length <= MAX_FIELD_CHARS) continue;
      out.push({
        index: r,
        column: columns[c] ?? `column ${c + 1}`,
        code: 'too-long',
        value: `${row[c]!.slice(0, 60)}…`,
        message: `the value is longer than ${MAX_FIELD_CHARS.toLocaleString('en-US')} characters (the most a spreadsheet cell holds)`,
      });
      break;
    }
  }
  return out;
}

/** The batch without its refused rows (the same object when none is refused). */
export function refuseRows(
  batch: RowBatch,
  fileName: string,
  columns: string[],
  issues: IssueCollector,
): { batch: RowBatch; refused: number } {
  const problems = [...(batch.problems ?? []), ...longValues(batch, columns)];
  if (problems.length === 0) return { batch, refused: 0 };
  const drop = new Set<number>();
  for (const p of problems) {
    if (drop.has(p.index)) continue;
    drop.add(p.index);
    issues.error(p.code, fileName, batch.rowNumbers[p.index] ?? 0, p.column, p.value, p.message);
  }
  const keep = (_: unknown, i: number) => !drop.has(i);
  return {
    batch: {
      rows: batch.rows.filter(keep),
      rowNumbers: batch.rowNumbers.filter(keep),
      bytesRead: batch.bytesRead,
    },
    refused: drop.size,
  };
}
