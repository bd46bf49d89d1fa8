/**
 * Rows and columns as the `benchmark` and `risks` commands print them: an aligned text table
 * (numbers right-aligned, four significant digits) or CSV (RFC 4180; text cells starting with
 * = + - @ or a tab or carriage return are prefixed with ' so a spreadsheet never runs them as
 * formulas; numbers are written as plain numerals).
 */
export type Cell = string | number | null;

export interface Tabular {
  columns: string[];
  rows: Cell[][];
}

/** Neutralises a text cell that a spreadsheet would evaluate as a formula. */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '';
  const text = neutraliseCell(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: Tabular): string {
  const lines = [table.columns.map(csvCell).join(',')];
  for (const row of table.rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function textCell(value: Cell): string {
  if (value === null || value === undefined) return '–';
  if (typeof value !== 'number') return value.replace(/[\r\n\t]+/g, ' ');
  if (!Number.isFinite(value)) return '–';
  if (Number.isInteger(value) && Math.abs(value) < 1e7) return value.toLocaleString('en-US');
  const shown = Number(value.toPrecision(4));
  return Math.abs(shown) >= 1000 ? shown.toLocaleString('en-US') : String(shown);
}

export function toText(table: Tabular): string {
  const cells = table.rows.map((row) => row.map(textCell));
  const numeric = table.columns.map((_, c) =>
    table.rows.every((r) => r[c] === null || typeof r[c] === 'number'),
  );
  const widths = table.columns.map((name, c) =>
    Math.max(name.length, ...cells.map((r) => r[c]!.length)),
  );
  const line = (values: string[]) =>
    values
      .map((v, c) => (numeric[c] ? v.padStart(widths[c]!) : v.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(table.columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join(
    '\n',
  );
}
