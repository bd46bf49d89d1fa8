/** What a command writes to: stdout for results, stderr for progress and messages. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Rewrites the current stderr line (progress bars); a no-op when stderr is not a terminal. */
  status(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  status: (line) => {
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${line}`);
  },
};

export function formatCount(n: number): string {
  return new Intl.NumberFormat('en-US').format(n);
}

/** Left-aligned label column, right-aligned numbers. */
export function table(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([label]) => label.length));
  const numWidth = Math.max(...rows.map(([, value]) => value.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value.padStart(numWidth)}`);
}
