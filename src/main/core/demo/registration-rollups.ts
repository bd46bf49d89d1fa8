/**
 * Per-quarter rollups of a partner's deal registrations, exactly as the pipeline measures define
 * them (see STANDARD_MEASURES): what was registered in the quarter, what was won in it, and what
 * was open at its last day.
 */
import type { DemoQuarter } from './demo-window';
import type { Registration } from './deal-registrations';

export interface RegistrationRollup {
  /** Registered in the quarter (any status). */
  submitted: number;
  /** Registered in the quarter and accepted by the vendor (approved, won or lost). */
  approved: number;
  /** Value registered in the quarter. */
  value: number;
  /** Won, by close date in the quarter. */
  won: number;
  wonValue: number;
  /** Sum of registration→close days of the quarter's wins. */
  wonDays: number;
  /** Value not rejected, registered by the quarter's end and not closed by then. */
  openPipeline: number;
}

export function rollUpRegistrations(
  regs: readonly Registration[],
  quarters: readonly DemoQuarter[],
): RegistrationRollup[] {
  const out = quarters.map(() => ({
    submitted: 0,
    approved: 0,
    value: 0,
    won: 0,
    wonValue: 0,
    wonDays: 0,
    openPipeline: 0,
  }));
  for (const r of regs) {
    for (let i = 0; i < quarters.length; i++) {
      const q = quarters[i];
      const acc = out[i];
      if (!q || !acc) continue;
      if (r.registeredDay >= q.startDay && r.registeredDay <= q.endDay) {
        acc.submitted += 1;
        acc.value += r.value;
        if (r.status === 'approved' || r.status === 'won' || r.status === 'lost') acc.approved += 1;
      }
      if (
        r.status === 'won' &&
        r.closedDay !== null &&
        r.closedDay >= q.startDay &&
        r.closedDay <= q.endDay
      ) {
        acc.won += 1;
        acc.wonValue += r.value;
        acc.wonDays += r.closedDay - r.registeredDay;
      }
      if (
        r.status !== 'rejected' &&
        r.registeredDay <= q.endDay &&
        (r.closedDay === null || r.closedDay > q.endDay)
      ) {
        acc.openPipeline += r.value;
      }
    }
  }
  return out;
}
