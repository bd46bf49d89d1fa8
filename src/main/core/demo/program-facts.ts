/**
 * A partner's quarterly program facts: enablement (trainings, certifications, staff), engagement
 * (portal logins, MDF, joint business plan) and customer satisfaction.
 */
import type { DemoWindow } from './demo-window';
import type { FactSink } from './fact-sink';
import { round1, roundTo } from './fact-sink';
import type { PartnerProfile } from './partner-profile';
import { clamp, type Rng } from './random';
import { darkFromDay, expectedRevenue, rampFactor } from './revenue-model';

const CERT_ATTRITION = 0.04;
const COMPLETIONS_TO_CERT = 0.35;

export function generateProgramFacts(
  rng: Rng,
  profile: PartnerProfile,
  window: DemoWindow,
  revenues: readonly (number | null)[],
  sink: FactSink,
): void {
  const last = window.quarters.length - 1;
  const darkFrom = darkFromDay(profile, window);
  const { gaps, mdf } = profile;
  const staffGrowth = 1 + profile.growth / 2;
  const adoptJbp = profile.tier === 'Gold' || profile.tier === 'Platinum' ? 0.08 : 0.02;
  let certified: number | null = null;
  let jbp = profile.jbp;
  for (const q of window.quarters) {
    if (profile.onboardedDay > q.endDay) continue;
    const p = q.periodId;
    const i = q.index;
    const dark = q.startDay >= darkFrom;
    const firstQuarter = profile.onboardedDay >= q.startDay;
    const ageQuarters = (q.endDay - profile.onboardedDay) / 91.31;

    const staff = Math.max(
      1,
      Math.round(profile.employees * Math.pow(staffGrowth, (i - last) / 4)),
    );
    const assigned = dark ? 0 : rng.poisson(staff * profile.trainingRate * (firstQuarter ? 2 : 1));
    const completed = rng.binomial(assigned, profile.completionRate);
    if (certified === null) {
      certified = Math.round(
        staff * profile.certifiedShare * rampFactor(profile.onboardedDay, q.startDay),
      );
    }
    certified +=
      rng.binomial(completed, COMPLETIONS_TO_CERT) - rng.binomial(certified, CERT_ATTRITION);
    certified = clamp(certified, 0, staff);
    sink.value(p, 'staff', staff);
    if (!gaps.enablement?.[i]) {
      sink.value(p, 'trainings_assigned', assigned);
      sink.value(p, 'trainings_completed', completed);
      sink.value(p, 'certifications', Math.round(certified * profile.certsPerPerson));
      sink.value(p, 'certified_staff', certified);
    }

    const logins = rng.poisson(Math.pow(staff, 0.7) * profile.loginRate * 4 * (dark ? 0.02 : 1));
    if (!gaps.engagement?.[i]) sink.value(p, 'portal_logins', logins);

    if (mdf && !dark && ageQuarters >= 2 && rng.chance(0.85)) {
      const allocated = Math.max(
        1_000,
        roundTo(expectedRevenue(profile, window, q) * mdf.share, 500),
      );
      const claimed = roundTo(allocated * clamp(rng.normal(mdf.utilisation, 0.12), 0, 1), 10);
      let influenced = Math.round(claimed * rng.lognormal(Math.log(mdf.roi), 0.5));
      const revenue = revenues[i];
      if (revenue !== null && revenue !== undefined)
        influenced = Math.min(influenced, Math.round(revenue * 0.8));
      sink.value(p, 'mdf_allocated', allocated);
      sink.value(p, 'mdf_claimed', claimed);
      sink.value(p, 'mdf_revenue', influenced);
    }

    jbp = dark ? false : jbp ? !rng.chance(0.05) : rng.chance(adoptJbp);
    sink.value(p, 'jbp', jbp ? 1 : 0);

    const csat = clamp(profile.csat + rng.normal(0, 3), 0, 100);
    if (!dark && !firstQuarter && !gaps.csat?.[i]) sink.value(p, 'csat', round1(csat));
  }
}
