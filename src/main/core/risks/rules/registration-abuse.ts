/**
 * Deal-registration abuse: registrations dated after the deal had closed, or deals registered
 * and closed the same day (within `sameDayDays`) again and again — signs that deals are
 * registered once already won, to claim the protection or discount registration brings.
 */
import type { RiskSettings } from '../../../../shared/api/risks';
import { periodLabel, type RiskData } from '../risk-data';
import { plural, span } from '../wording';
import type { RuleFlag } from './rule-flag';

type Settings = RiskSettings['registration_abuse'];

export function registrationAbuse(data: RiskData, settings: Settings): RuleFlag[] {
  const from = Math.max(0, data.t - settings.lookbackPeriods + 1);
  const window = span(periodLabel(data, from), periodLabel(data, data.t));
  const sameDay =
    settings.sameDayDays === 0
      ? 'the same day they were registered'
      : `within ${plural(settings.sameDayDays, 'day')} of being registered`;
  const flags: RuleFlag[] = [];
  for (const row of data.rows) {
    const c = data.registrations.get(row);
    if (!c) continue;
    const late = c.afterClose > settings.maxAfterClose;
    const repeated = c.sameDay >= settings.sameDayRepeats;
    if (!late && !repeated) continue;
    const parts: string[] = [];
    if (late)
      parts.push(
        `${plural(c.afterClose, 'deal registration')} dated after the deal had already closed`,
      );
    if (repeated) parts.push(`${plural(c.sameDay, 'registered deal')} closed ${sameDay}`);
    flags.push({
      row,
      severity: late ? 'high' : 'medium',
      value: late ? c.afterClose : c.sameDay,
      threshold: late ? settings.maxAfterClose : settings.sameDayRepeats,
      unit: 'count',
      explanation:
        `${parts.join(', and ')} (${window}, of ${plural(c.closed, 'closed deal')}): deals look registered once already won.`.replace(
          /^./,
          (ch) => ch.toUpperCase(),
        ),
    });
  }
  return flags;
}
