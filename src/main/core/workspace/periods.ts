/**
 * Periods: calendar months, fiscal quarters and fiscal years. A fiscal year is named after the
 * calendar year in which it ends (start month 7: FY2025 = Jul 2024 – Jun 2025); with start
 * month 1 fiscal and calendar years coincide.
 */
import type { WorkspaceDb } from './workspace';
import { periods } from './schema';

export type Grain = 'month' | 'quarter' | 'year';

export interface PeriodDef {
  key: string;
  grain: Grain;
  label: string;
  startDate: string;
  endDate: string;
  fiscalYear: number;
  fiscalQuarter: number | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Adds `n` months to (year, month 1–12). */
function addMonths(y: number, m: number, n: number): [number, number] {
  const index = y * 12 + (m - 1) + n;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** Fiscal year and quarter of a calendar (year, month). */
export function fiscalOf(
  y: number,
  m: number,
  fyStart = 1,
): { fiscalYear: number; fiscalQuarter: number } {
  const offset = (m - fyStart + 12) % 12; // months since the fiscal year began
  const fiscalYear = fyStart === 1 ? y : m >= fyStart ? y + 1 : y;
  return { fiscalYear, fiscalQuarter: Math.floor(offset / 3) + 1 };
}

export function monthPeriod(y: number, m: number, fyStart = 1): PeriodDef {
  const { fiscalYear, fiscalQuarter } = fiscalOf(y, m, fyStart);
  return {
    key: `${y}-${String(m).padStart(2, '0')}`,
    grain: 'month',
    label: `${MONTHS[m - 1]} ${y}`,
    startDate: iso(y, m, 1),
    endDate: iso(y, m, lastDay(y, m)),
    fiscalYear,
    fiscalQuarter,
  };
}

export function quarterPeriod(fiscalYear: number, quarter: number, fyStart = 1): PeriodDef {
  // First month of fiscal year `fiscalYear`.
  const [fy0y, fy0m] = fyStart === 1 ? [fiscalYear, 1] : [fiscalYear - 1, fyStart];
  const [sy, sm] = addMonths(fy0y, fy0m, (quarter - 1) * 3);
  const [ey, em] = addMonths(sy, sm, 2);
  return {
    key: `${fiscalYear}-Q${quarter}`,
    grain: 'quarter',
    label: fyStart === 1 ? `${fiscalYear} Q${quarter}` : `FY${fiscalYear} Q${quarter}`,
    startDate: iso(sy, sm, 1),
    endDate: iso(ey, em, lastDay(ey, em)),
    fiscalYear,
    fiscalQuarter: quarter,
  };
}

export function yearPeriod(fiscalYear: number, fyStart = 1): PeriodDef {
  const [sy, sm] = fyStart === 1 ? [fiscalYear, 1] : [fiscalYear - 1, fyStart];
  const [ey, em] = addMonths(sy, sm, 11);
  return {
    key: `FY${fiscalYear}`,
    grain: 'year',
    label: fyStart === 1 ? String(fiscalYear) : `FY${fiscalYear}`,
    startDate: iso(sy, sm, 1),
    endDate: iso(ey, em, lastDay(ey, em)),
    fiscalYear,
    fiscalQuarter: null,
  };
}

/** The period of `grain` containing an ISO date (YYYY-MM-DD). */
export function periodForDate(date: string, grain: Grain, fyStart = 1): PeriodDef {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  if (grain === 'month') return monthPeriod(y, m, fyStart);
  const { fiscalYear, fiscalQuarter } = fiscalOf(y, m, fyStart);
  return grain === 'quarter'
    ? quarterPeriod(fiscalYear, fiscalQuarter, fyStart)
    : yearPeriod(fiscalYear, fyStart);
}

/** `count` consecutive quarters ending with the quarter containing `endDate`. */
export function trailingQuarters(endDate: string, count: number, fyStart = 1): PeriodDef[] {
  const last = periodForDate(endDate, 'quarter', fyStart);
  const out: PeriodDef[] = [];
  let fy = last.fiscalYear;
  let q = last.fiscalQuarter ?? 1;
  for (let i = 0; i < count; i++) {
    out.unshift(quarterPeriod(fy, q, fyStart));
    q -= 1;
    if (q === 0) {
      q = 4;
      fy -= 1;
    }
  }
  return out;
}

/** Inserts the periods that are missing and returns key → id for all of `defs`. */
export function ensurePeriods(db: WorkspaceDb, defs: PeriodDef[]): Map<string, number> {
  for (const def of defs) {
    db.insert(periods).values(def).onConflictDoNothing({ target: periods.key }).run();
  }
  const ids = new Map<string, number>();
  for (const row of db.select({ id: periods.id, key: periods.key }).from(periods).all()) {
    ids.set(row.key, row.id);
  }
  return new Map(defs.map((d) => [d.key, ids.get(d.key)!]));
}
