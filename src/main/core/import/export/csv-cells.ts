/**
 * CSV cells for files that will be opened in a spreadsheet: text that starts with = + - @ (or a
 * tab or carriage return) is prefixed with an apostrophe so it is never run as a formula
 * (CSV injection); numbers are written as numbers; quoting follows RFC 4180.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
