/** One line of `npm run bench`'s table. */
export interface BenchRow {
  benchmark: string;
  measured: string;
  target?: string;
  /** Whether the target was met; undefined when there is no target. */
  met?: boolean;
  note?: string;
}

export function printTable(rows: BenchRow[]) {
  const header: BenchRow = {
    benchmark: 'benchmark',
    measured: 'measured',
    target: 'target',
    note: 'note',
  };
  const cells = [header, ...rows].map((r, i) => [
    r.benchmark,
    r.measured,
    r.target ?? '',
    i === 0 ? 'met' : r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    r.note ?? '',
  ]);
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) => (c === 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join(' | ');
  console.log(line(cells[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of cells.slice(1)) console.log(line(row));
}

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 0)} ms`;
}

export async function timed<T>(fn: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - start };
}
