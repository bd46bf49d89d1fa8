/** What each rule checks, with the workspace's current thresholds, in words. */
import type { RiskRule, RiskSettings } from '../../../shared/api/risks';
import { percent, plural, times } from './wording';

export function describeRule(rule: RiskRule, s: RiskSettings): string {
  switch (rule) {
    case 'revenue_concentration': {
      const r = s.revenue_concentration;
      return `A partner booking more than ${percent(r.maxShare)} of all channel revenue in the period. The share of the top ${r.topN} partners is reported too (a warning above ${percent(r.topNMaxShare)}).`;
    }
    case 'registration_abuse': {
      const r = s.registration_abuse;
      const same =
        r.sameDayDays === 0
          ? 'the same day they were registered'
          : `within ${plural(r.sameDayDays, 'day')} of registration`;
      return `Over the last ${plural(r.lookbackPeriods, 'period')}: ${r.maxAfterClose === 0 ? 'any deal registration' : `more than ${plural(r.maxAfterClose, 'deal registration')}`} dated after the deal closed, or ${r.sameDayRepeats} or more deals closed ${same}.`;
    }
    case 'enablement_claims': {
      const r = s.enablement_claims;
      return `More than ${r.maxCertificationsPerStaff} active certifications per member of staff, more certified people than staff, or certifications jumping to ${times(r.jumpFactor)} the highest count of the previous ${plural(r.historyPeriods, 'period')} (and by ${r.minJump} or more).`;
    }
    case 'channel_stuffing': {
      const r = s.channel_stuffing;
      return `Revenue at least ${times(r.spikeFactor)} its usual level (median of the ${r.baselinePeriods} periods before) in one period, then at most ${times(r.dropFactor)} the usual level, or returns above ${percent(r.returnsShare)} of the spike, in the next.`;
    }
    case 'inactive_partner':
      return `No revenue and no deal registrations in each of the last ${plural(s.inactive_partner.periods, 'period')}.`;
  }
}
