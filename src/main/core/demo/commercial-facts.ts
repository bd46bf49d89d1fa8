/**
 * A partner's quarterly commercial facts: revenue, cost, orders, the revenue quota, and the
 * rollups of its deal registrations.
 */
import type { DemoWindow } from './demo-window';
import type { FactSink } from './fact-sink';
import { round1, roundTo } from './fact-sink';
import type { PartnerProfile } from './partner-profile';
import { clamp, type Rng } from './random';
import type { RegistrationRollup } from './registration-rollups';
import { darkFromDay, expectedRevenue } from './revenue-model';

function quotaFor(expected: number, rng: Rng): number {
  const raw = expected * rng.lognormal(0.03, 0.15);
  return raw >= 20_000 ? roundTo(raw, 1_000) : Math.max(100, roundTo(raw, 100));
}

/** Writes the commercial facts; returns each quarter's revenue (null where none was written). */
export function generateCommercialFacts(
  rng: Rng,
  profile: PartnerProfile,
  window: DemoWindow,
  rollups: readonly RegistrationRollup[],
  sink: FactSink,
): (number | null)[] {
  const revenues: (number | null)[] = [];
  const darkFrom = darkFromDay(profile, window);
  const salesGap = profile.gaps.sales;
  for (const q of window.quarters) {
    const roll = rollups[q.index];
    if (profile.onboardedDay > q.endDay || !roll) {
      revenues.push(null);
      continue;
    }
    const dark = q.startDay >= darkFrom;
    const expected = expectedRevenue(profile, window, q);
    let revenue = 0;
    let cost = 0;
    let orders = 0;
    if (!dark) {
      let actual = expected * rng.lognormal(0, profile.volatility);
      if (profile.stuffingQuarter === q.index) actual *= 1.8;
      if (profile.stuffingQuarter !== null && profile.stuffingQuarter + 1 === q.index)
        actual *= 0.45;
      // Registered wins are part of the partner's revenue.
      revenue = Math.round(Math.max(actual, roll.wonValue / rng.uniform(0.6, 0.95)));
      const margin = clamp(profile.margin + rng.normal(0, 0.02), 0.1, 0.35);
      cost = Math.round(revenue * (1 - margin));
      orders = Math.max(roll.won, rng.poisson(revenue / profile.orderValue), revenue > 0 ? 1 : 0);
      sink.target(q.periodId, 'revenue', quotaFor(expected, rng));
    }
    if (salesGap?.[q.index]) {
      revenues.push(null);
    } else {
      sink.value(q.periodId, 'revenue', revenue);
      sink.value(q.periodId, 'cost', cost);
      sink.value(q.periodId, 'orders', orders);
      revenues.push(revenue);
    }
    sink.value(q.periodId, 'deal_regs_submitted', roll.submitted);
    sink.value(q.periodId, 'deal_regs_approved', roll.approved);
    sink.value(q.periodId, 'deal_regs_won', roll.won);
    sink.value(q.periodId, 'deal_reg_value', roll.value);
    sink.value(q.periodId, 'deal_reg_won_value', roll.wonValue);
    if (roll.won > 0) sink.value(q.periodId, 'days_to_close', round1(roll.wonDays / roll.won));
    sink.value(q.periodId, 'open_pipeline', roll.openPipeline);
  }
  return revenues;
}
