/**
 * Date parsers for the forms exports use. Each returns a date code (YYYYMMDD) or NaN.
 * Slash dates (`03/04/2024`) are ambiguous: `slashRaw` keeps the two leading parts as written
 * and the caller decides month/day order once every value of the column has been seen.
 */
import { dayToCode, makeCode, validCode } from './date-code';

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

const TIME =
  /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(?:[AaPp][Mm])?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Whether `time` is a time of day that exists: hours 0–23 (1–12 with AM/PM), minutes 0–59,
 * seconds 0–59 (60 for a leap second), an optional fraction and zone. `25:00:00` is refused.
 */
export function validTime(time: string): boolean {
  const m = TIME.exec(time.trim());
  if (!m) return false;
  const h = Number(m[1]);
  const twelve = /[ap]m/i.test(time);
  if (twelve ? h < 1 || h > 12 : h > 23) return false;
  if (Number(m[2]) > 59) return false;
  return m[3] === undefined || Number(m[3]) <= 60;
}

/** `2024-03-05`, `2024/03/05`, optionally followed by a time (`T10:00:00Z`, ` 00:00:00.000`). */
export function parseIso(text: string): number {
  if (text.length < 10) return NaN;
  const sep = text.charCodeAt(4);
  if ((sep !== 45 && sep !== 47) || text.charCodeAt(7) !== sep) return NaN;
  if (text.length > 10) {
    const t = text.charCodeAt(10);
    if (t !== 84 && t !== 32) return NaN;
    if (!validTime(text.slice(11))) return NaN;
  }
  return validCode(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
}

/** `20240305` as text or integer. */
export function parseYyyymmdd(text: string): number {
  if (text.length !== 8) return NaN;
  const n = digits(text, 0, 8);
  if (n !== n) return NaN;
  return validCode(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
}

/** Excel's serial day numbers (1900 system; 60 is Excel's fictitious 1900-02-29). */
export function parseExcelSerial(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 1 || n >= 2958466 || text.trim() === '') return NaN;
  const serial = Math.floor(n);
  if (serial === 60) return NaN;
  // Serial 1 is 1900-01-01; days after the fictitious leap day are shifted by one.
  const day = serial < 60 ? serial - 25568 : serial - 25569;
  return dayToCode(day);
}

/**
 * `a/b/yyyy`, `a.b.yyyy` or `a-b-yyyy` (1–2 digit parts, 2- or 4-digit year, optional time):
 * returns y*10000 + a*100 + b without deciding which of a and b is the month.
 */
export function slashRaw(text: string): number {
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T](.*))?$/.exec(text);
  if (!m || (m[5] !== undefined && !validTime(m[5]))) return NaN;
  let y = Number(m[4]);
  if (m[4]!.length === 2) y += y < 50 ? 2000 : 1900;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a < 1 || b < 1 || a > 31 || b > 31) return NaN;
  return makeCode(y, a, b);
}

/** Resolves a slash-raw code once the order is known. */
export function slashToCode(raw: number, order: 'mdy' | 'dmy'): number {
  const y = Math.floor(raw / 10000);
  const a = Math.floor(raw / 100) % 100;
  const b = raw % 100;
  return order === 'mdy' ? validCode(y, a, b) : validCode(y, b, a);
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** `5 Mar 2024`, `05-Mar-2024`, `Mar 5, 2024`, `March 5 2024`: the month is spelled, so no doubt. */
export function parseMonthName(text: string): number {
  const dayFirst = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -,]+(\d{4})$/.exec(text.trim());
  if (dayFirst) {
    const month = MONTHS[dayFirst[2]!.toLowerCase()];
    return month ? validCode(Number(dayFirst[3]), month, Number(dayFirst[1])) : NaN;
  }
  const monthFirst = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(text.trim());
  if (monthFirst) {
    const month = MONTHS[monthFirst[1]!.toLowerCase()];
    return month ? validCode(Number(monthFirst[3]), month, Number(monthFirst[2])) : NaN;
  }
  return NaN;
}
