/**
 * The generated time window: `quarters` calendar quarters ending with a FIXED quarter (never
 * today), so that a seed always produces the same workspace.
 */
import type { PeriodDef } from '../workspace/periods';
import { trailingQuarters } from '../workspace/periods';
import { toDay } from './dates';

/** The last generated quarter is 2026-Q3, whatever the date today. */
export const DEMO_END_DATE = '2026-09-30';
/** Quarters of deal registrations generated before the window, so early pipeline is realistic. */
export const LEAD_IN_QUARTERS = 2;

export interface DemoQuarter {
  /** Position in the window: 0 = first quarter; lead-in quarters are negative. */
  index: number;
  key: string;
  /** periods.id; 0 for lead-in quarters (no period row, no values). */
  periodId: number;
  startDay: number;
  endDay: number;
  /** Calendar quarter 1–4 (seasonality). */
  quarterOfYear: number;
}

export interface DemoWindow {
  /** The window's quarters, oldest first. */
  quarters: DemoQuarter[];
  /** Lead-in quarters before the window (registrations only), oldest first. */
  leadIn: DemoQuarter[];
  startDay: number;
  endDay: number;
}

/** Period definitions of the window (to pass to ensurePeriods). */
export function windowPeriods(quarters: number): PeriodDef[] {
  return trailingQuarters(DEMO_END_DATE, quarters, 1);
}

export function buildWindow(quarters: number, periodIds: Map<string, number>): DemoWindow {
  const all = trailingQuarters(DEMO_END_DATE, quarters + LEAD_IN_QUARTERS, 1);
  const toQuarter = (def: PeriodDef, i: number): DemoQuarter => ({
    index: i - LEAD_IN_QUARTERS,
    key: def.key,
    periodId: i < LEAD_IN_QUARTERS ? 0 : (periodIds.get(def.key) ?? 0),
    startDay: toDay(def.startDate),
    endDay: toDay(def.endDate),
    quarterOfYear: def.fiscalQuarter ?? 1,
  });
  const list = all.map(toQuarter);
  const inWindow = list.slice(LEAD_IN_QUARTERS);
  const first = inWindow[0];
  const last = inWindow[inWindow.length - 1];
  if (!first || !last || inWindow.some((q) => q.periodId === 0)) {
    throw new Error('demo window: periods are missing');
  }
  return {
    quarters: inWindow,
    leadIn: list.slice(0, LEAD_IN_QUARTERS),
    startDay: first.startDay,
    endDay: last.endDay,
  };
}
