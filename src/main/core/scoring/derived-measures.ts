/**
 * Measures the engine derives at load time from transaction-grain data. `days_to_first_deal`:
 * for partners onboarded in the last two years, days from onboarding to the first won
 * registered deal; with no win yet, the days elapsed so far (missing during the first 90 days,
 * too early to judge).
 */
export const DERIVED_MEASURES = [{ key: 'days_to_first_deal', aggregation: 'last' as const }];

const NEW_PARTNER_DAYS = 730;
const TOO_EARLY_DAYS = 90;

/** Dates as epoch milliseconds (NaN when unknown); `day` is one day in milliseconds. */
export function daysToFirstDeal(
  onboarded: number,
  firstWon: number,
  periodEnd: number,
  day: number,
): number {
  if (Number.isNaN(onboarded)) return NaN;
  const age = Math.round((periodEnd - onboarded) / day);
  if (age < 0 || age > NEW_PARTNER_DAYS) return NaN;
  if (firstWon <= periodEnd) return Math.max(0, Math.round((firstWon - onboarded) / day));
  return age <= TOO_EARLY_DAYS ? NaN : age;
}
