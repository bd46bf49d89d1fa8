/**
 * Spreadsheet column widths (in Excel's "characters") fitted to what a column holds: a partner
 * name column as wide as its longest names, a number column as wide as its largest formatted
 * number, never narrower than its title. Shared by every XLSX writer so exports open readable.
 */
export type WidthCell = string | number | null | undefined;

/** The number of characters `value` shows with a spreadsheet number format such as `#,##0.0`. */
export function formattedLength(value: number, numFmt?: string): number {
  if (!Number.isFinite(value)) return String(value).length;
  const format = numFmt ?? '';
  const percent = format.includes('%');
  const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? (Number.isInteger(value) ? 0 : 2);
  const shown = Math.abs(percent ? value * 100 : value);
  const integerDigits = Math.max(1, Math.floor(Math.log10(Math.max(1, Math.round(shown)))) + 1);
  const grouping = format.includes(',') ? Math.floor((integerDigits - 1) / 3) : 0;
  // A literal prefix or suffix in quotes ("EUR" #,##0) counts too.
  const literals = [...format.matchAll(/"([^"]*)"/g)].reduce((n, m) => n + (m[1]?.length ?? 0), 0);
  const literalSpace = literals > 0 ? 1 : 0;
  return (
    (value < 0 ? 1 : 0) +
    integerDigits +
    grouping +
    (decimals > 0 ? decimals + 1 : 0) +
    (percent ? 1 : 0) +
    literals +
    literalSpace
  );
}

/**
 * Width for one column: the longest of its title and its cells (text by characters, numbers by
 * their formatted length), plus a little padding, between `min` and `max`.
 */
export function fitColumnWidth(
  header: string,
  values: Iterable<WidthCell>,
  options: { numFmt?: string; min?: number; max?: number } = {},
): number {
  const { numFmt, min = 8, max = 60 } = options;
  // Bold titles are a little wider than body text.
  let longest = Math.ceil(header.length * 1.1);
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const n = typeof v === 'number' ? formattedLength(v, numFmt) : longestLine(v);
    if (n > longest) {
      longest = n;
      if (longest >= max) break;
    }
  }
  return Math.max(min, Math.min(max, longest + 2));
}

function longestLine(text: string): number {
  if (!text.includes('\n')) return text.length;
  return Math.max(...text.split('\n').map((l) => l.length));
}

/** The cells of column `j` in an array of rows, without copying them. */
export function* columnCells<T>(
  rows: readonly (readonly T[])[],
  j: number,
): Iterable<T | undefined> {
  for (const row of rows) yield row[j];
}
