/** What every file processor shares: its name, columns, lookups and per-column date readers. */
import type { DateFormat } from '../../../../shared/api/import';
import type { ExprContext, LookupTable } from '../mapping/compile-expr';
import { DateColumn, type DateResolution } from '../values/date-column';
import type { IssueCollector } from './issues';

export class FileContext implements ExprContext {
  private readonly dates = new Map<string, DateColumn>();
  /** The columns the mapping reads: values too long are refused there only. */
  readonly used = new Set<number>();

  constructor(
    readonly fileIdx: number,
    readonly fileName: string,
    readonly columns: string[],
    readonly lookups: Map<string, LookupTable>,
    readonly decimalComma: boolean,
    readonly dateFormat: DateFormat,
    readonly issues: IssueCollector,
  ) {}

  dateColumn(label: string): DateColumn {
    let column = this.dates.get(label);
    if (!column) {
      column = new DateColumn(label, this.dateFormat);
      this.dates.set(label, column);
    }
    return column;
  }

  /** Decides every date column's format; returns how each was read and what is ambiguous. */
  resolveDates(): { formats: Record<string, string>; ambiguous: string[] } {
    const formats: Record<string, string> = {};
    const ambiguous: string[] = [];
    for (const [label, column] of this.dates) {
      const r: DateResolution = column.resolve(this.fileName);
      formats[label] = r.described;
      if (r.ambiguous) ambiguous.push(r.ambiguous);
    }
    return { formats, ambiguous };
  }
}
