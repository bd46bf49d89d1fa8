/**
 * The period axis of the engine: every period of one grain from the first to the last stored
 * one, without gaps (a missing quarter is inserted), so that "previous period" is always index-1.
 */
import { monthPeriod, quarterPeriod, yearPeriod, type Grain } from '../workspace/periods';
import type { PeriodInfo } from './dataset';

export function contiguousPeriods(
  stored: PeriodInfo[],
  grain: Grain,
  fyStart: number,
): PeriodInfo[] {
  if (stored.length === 0) return [];
  const byKey = new Map(stored.map((p) => [p.key, p]));
  const first = stored[0]!;
  const last = stored[stored.length - 1]!;
  const out: PeriodInfo[] = [];
  let cursor = first;
  for (let guard = 0; guard < 2400; guard++) {
    out.push(byKey.get(cursor.key) ?? cursor);
    if (cursor.startDate >= last.startDate) break;
    cursor = nextPeriod(cursor, grain, fyStart);
  }
  return out;
}

function nextPeriod(p: PeriodInfo, grain: Grain, fyStart: number): PeriodInfo {
  if (grain === 'year') return yearPeriod(p.fiscalYear + 1, fyStart);
  if (grain === 'quarter') {
    const q = p.fiscalQuarter ?? 1;
    return q === 4
      ? quarterPeriod(p.fiscalYear + 1, 1, fyStart)
      : quarterPeriod(p.fiscalYear, q + 1, fyStart);
  }
  const y = Number(p.startDate.slice(0, 4));
  const m = Number(p.startDate.slice(5, 7));
  return m === 12 ? monthPeriod(y + 1, 1, fyStart) : monthPeriod(y, m + 1, fyStart);
}
