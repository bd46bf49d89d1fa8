/**
 * Period columns of pre-aggregated tables: `2025-Q1`, `Q1 2025`, `2025Q1`, `FY2025 Q1`,
 * `2025-03`, `03/2025`, `Mar 2025`, `FY2025` or `2025` (a date is read as a date instead).
 * Quarters and years are fiscal, as the workspace names them.
 */
import { monthPeriod, quarterPeriod, yearPeriod, type PeriodDef } from '../../workspace/periods';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function parsePeriodKey(text: string, fyStart: number): PeriodDef | null {
  const t = text.trim();
  let m = /^(?:FY)?(\d{4})[- ]?Q([1-4])$/i.exec(t) ?? /^FY(\d{4}) Q([1-4])$/i.exec(t);
  if (m) return quarterPeriod(Number(m[1]), Number(m[2]), fyStart);
  m = /^Q([1-4])[- /](?:FY)?(\d{4})$/i.exec(t);
  if (m) return quarterPeriod(Number(m[2]), Number(m[1]), fyStart);
  m = /^(\d{4})[-/](\d{1,2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    return monthPeriod(Number(m[1]), Number(m[2]), fyStart);
  m = /^(\d{1,2})[-/](\d{4})$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12)
    return monthPeriod(Number(m[2]), Number(m[1]), fyStart);
  m = /^([A-Za-z]{3,9})\.?[ -](\d{4})$/.exec(t) ?? /^(\d{4})[ -]([A-Za-z]{3,9})$/.exec(t);
  if (m) {
    const [word, year] = /^\d/.test(m[1]!) ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
    const month = MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
    if (month > 0) return monthPeriod(Number(year), month, fyStart);
  }
  m = /^(?:FY ?)?(\d{4})$/i.exec(t);
  if (m) return yearPeriod(Number(m[1]), fyStart);
  return null;
}
