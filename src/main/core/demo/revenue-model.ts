/**
 * The expected (noise-free) quarterly revenue of a partner: a mature level that trends with the
 * partner's growth, follows the vendor's seasonality and ramps up after onboarding.
 */
import type { DemoQuarter, DemoWindow } from './demo-window';
import type { PartnerProfile } from './partner-profile';
import { SEASONALITY } from './partner-types';

const DAYS_PER_QUARTER = 91.31;

/** 0 before onboarding, rising towards 1 over roughly a year and a half. */
export function rampFactor(onboardedDay: number, quarterEndDay: number): number {
  const age = (quarterEndDay - onboardedDay) / DAYS_PER_QUARTER;
  return age <= 0 ? 0 : 1 - Math.exp(-age / 1.6);
}

/** First day without commercial activity (inactive partners), or Infinity. */
export function darkFromDay(profile: PartnerProfile, window: DemoWindow): number {
  if (profile.darkQuarters <= 0) return Infinity;
  const q = window.quarters[window.quarters.length - profile.darkQuarters];
  return q ? q.startDay : Infinity;
}

/** Fading activity in the two quarters before an inactive partner goes dark. */
function fade(profile: PartnerProfile, window: DemoWindow, quarter: DemoQuarter): number {
  if (profile.darkQuarters <= 0) return 1;
  const quartersLeft = window.quarters.length - profile.darkQuarters - quarter.index;
  if (quartersLeft <= 0) return 0;
  return quartersLeft === 1 ? 0.3 : quartersLeft === 2 ? 0.6 : 1;
}

export function expectedRevenue(
  profile: PartnerProfile,
  window: DemoWindow,
  quarter: DemoQuarter,
): number {
  const quartersFromEnd = quarter.index - (window.quarters.length - 1);
  const trend = Math.pow(1 + profile.growth, quartersFromEnd / 4);
  const base = SEASONALITY[quarter.quarterOfYear - 1] ?? 1;
  const season = 1 + profile.seasonality * (base - 1);
  const ramp = rampFactor(profile.onboardedDay, quarter.endDay);
  return profile.baseRevenue * trend * season * ramp * fade(profile, window, quarter);
}
