/**
 * Deal registrations at transaction grain: registered during a quarter, reviewed within days,
 * then won or lost after the partner's sales cycle; still open when the window ends.
 */
import type { DemoWindow } from './demo-window';
import type { PartnerProfile } from './partner-profile';
import { darkFromDay, expectedRevenue } from './revenue-model';
import type { Rng } from './random';

export type RegistrationStatus = 'submitted' | 'approved' | 'rejected' | 'won' | 'lost';

export interface Registration {
  reference: string;
  registeredDay: number;
  closedDay: number | null;
  status: RegistrationStatus;
  value: number;
}

/** Most registrations a partner files in one quarter (keeps huge partners bounded). */
const MAX_PER_QUARTER = 40;

export function generateRegistrations(
  rng: Rng,
  profile: PartnerProfile,
  window: DemoWindow,
): Registration[] {
  const out: Registration[] = [];
  const darkFrom = darkFromDay(profile, window);
  const perDeal = profile.dealValue * profile.approvalRate * profile.winRate;
  const prefix = `DR-${profile.externalId.slice(2)}-`;
  for (const quarter of [...window.leadIn, ...window.quarters]) {
    const from = Math.max(quarter.startDay, profile.onboardedDay);
    const to = Math.min(quarter.endDay, darkFrom - 1);
    if (from > to) continue;
    const expected = expectedRevenue(profile, window, quarter) * profile.registeredShare;
    const count = Math.min(MAX_PER_QUARTER, rng.poisson(expected / perDeal));
    const days: number[] = [];
    for (let i = 0; i < count; i++) days.push(rng.int(from, to));
    days.sort((a, b) => a - b);
    for (const registeredDay of days) {
      const value = Math.max(
        500,
        Math.round((profile.dealValue * rng.lognormal(-0.18, 0.6)) / 10) * 10,
      );
      const reviewDays = rng.int(1, 10);
      let status: RegistrationStatus;
      let closedDay: number | null = null;
      if (registeredDay + reviewDays > window.endDay) {
        status = 'submitted';
      } else if (!rng.chance(profile.approvalRate)) {
        status = 'rejected';
      } else {
        const late = profile.lateRegistrations && rng.chance(0.3);
        const cycle = late
          ? rng.int(0, 3)
          : reviewDays + Math.round(profile.cycleDays * rng.lognormal(0, 0.6));
        const closeDay = registeredDay + cycle;
        if (closeDay > window.endDay) {
          status = 'approved';
        } else {
          closedDay = closeDay;
          status = closeDay < darkFrom && rng.chance(profile.winRate) ? 'won' : 'lost';
        }
      }
      out.push({
        reference: prefix + String(out.length + 1).padStart(4, '0'),
        registeredDay,
        closedDay,
        status,
        value,
      });
    }
  }
  return out;
}
