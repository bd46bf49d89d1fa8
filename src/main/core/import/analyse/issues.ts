/** Collects row issues for the report: every one is counted, the first 200 of each code kept. */
import type { IssueCode, IssueCount, IssueSeverity, RowIssue } from '../../../../shared/api/import';

const KEEP_PER_CODE = 200;

export class IssueCollector {
  private readonly counts = new Map<string, IssueCount>();
  private readonly kept: RowIssue[] = [];
  private readonly keptPerCode = new Map<IssueCode, number>();

  add(
    severity: IssueSeverity,
    code: IssueCode,
    file: string,
    row: number,
    column: string,
    value: string,
    message: string,
  ): void {
    const key = `${severity}:${code}`;
    const count = this.counts.get(key);
    if (count) count.count++;
    else this.counts.set(key, { code, severity, count: 1 });
    const kept = this.keptPerCode.get(code) ?? 0;
    if (kept < KEEP_PER_CODE) {
      this.keptPerCode.set(code, kept + 1);
      this.kept.push({ file, row, column, value: value.slice(0, 200), code, severity, message });
    }
  }

  /** Counts issues that are not listed one by one. */
  countMore(severity: IssueSeverity, code: IssueCode, n: number): void {
    const key = `${severity}:${code}`;
    const count = this.counts.get(key);
    if (count) count.count += n;
    else this.counts.set(key, { code, severity, count: n });
  }

  error(
    code: IssueCode,
    file: string,
    row: number,
    column: string,
    value: string,
    message: string,
  ) {
    this.add('error', code, file, row, column, value, message);
  }

  warning(
    code: IssueCode,
    file: string,
    row: number,
    column: string,
    value: string,
    message: string,
  ) {
    this.add('warning', code, file, row, column, value, message);
  }

  issueCounts(): IssueCount[] {
    return [...this.counts.values()].sort((a, b) =>
      a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1,
    );
  }

  /** Kept issues, errors first, then by file and row. */
  issues(): RowIssue[] {
    return [...this.kept].sort(
      (a, b) =>
        (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
        a.file.localeCompare(b.file) ||
        a.row - b.row,
    );
  }

  /** A copy to roll back to (the finishing step runs again when the partner policy changes). */
  snapshot(): IssueCollector {
    const copy = new IssueCollector();
    for (const [k, v] of this.counts) copy.counts.set(k, { ...v });
    for (const issue of this.kept) copy.kept.push(issue);
    for (const [k, v] of this.keptPerCode) copy.keptPerCode.set(k, v);
    return copy;
  }
}
