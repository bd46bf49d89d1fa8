/**
 * Dates inside the importer are integers `YYYYMMDD` ("date codes"): cheap to store in an
 * Int32Array, to compare, and to bucket into months, quarters and years.
 */
export function makeCode(y: number, m: number, d: number): number {
  return y * 10000 + m * 100 + d;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The code when y/m/d is a real calendar date, else NaN. */
export function validCode(y: number, m: number, d: number): number {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return NaN;
  if (d > 28 && d > daysInMonth(y, m)) return NaN;
  return makeCode(y, m, d);
}

export function codeToIso(code: number): string {
  const y = Math.floor(code / 10000);
  const m = Math.floor(code / 100) % 100;
  const d = code % 100;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function isoToCode(iso: string): number {
  return validCode(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** Days since 1970-01-01. */
export function codeToDay(code: number): number {
  const y = Math.floor(code / 10000);
  const m = Math.floor(code / 100) % 100;
  return Date.UTC(y, m - 1, code % 100) / 86_400_000;
}

export function dayToCode(day: number): number {
  const date = new Date(day * 86_400_000);
  return makeCode(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
