/**
 * Inactive partners: no revenue and no deal registrations (zero or nothing reported) in each of
 * the last N periods, for partners that were already in the program when that stretch began.
 */
import type { RiskSettings } from '../../../../shared/api/risks';
import { measureAt, periodLabel, type RiskData } from '../risk-data';
import { plural, span } from '../wording';
import type { RuleFlag } from './rule-flag';

type Settings = RiskSettings['inactive_partner'];

const active = (v: number | undefined) => v !== undefined && v > 0;

export function inactivePartner(data: RiskData, settings: Settings): RuleFlag[] {
  const { t, dataset } = data;
  const from = t - settings.periods + 1;
  if (from < 0) return [];
  const start = dataset.periods[from]!.startDate;
  const flags: RuleFlag[] = [];
  const revenue = dataset.periods.map((_, s) => measureAt(data, 'revenue', s));
  const regs = dataset.periods.map((_, s) => measureAt(data, 'deal_regs_submitted', s));
  const revenueAt = (s: number) => revenue[s];
  const regsAt = (s: number) => regs[s];
  for (const row of data.rows) {
    const onboarded = dataset.partners.onboardedOn[row];
    if (onboarded && onboarded > start) continue;
    let quiet = true;
    for (let s = from; s <= t && quiet; s++) {
      if (active(revenueAt(s)?.[row]) || active(regsAt(s)?.[row])) quiet = false;
    }
    if (!quiet) continue;
    let last = -1;
    for (let s = from - 1; s >= 0 && last < 0; s--) if (active(revenueAt(s)?.[row])) last = s;
    const since = last >= 0 ? ` Last revenue: ${periodLabel(data, last)}.` : '';
    flags.push({
      row,
      severity: 'medium',
      value: settings.periods,
      threshold: settings.periods,
      unit: 'periods',
      explanation: `No revenue and no deal registrations in the last ${plural(settings.periods, 'period')} (${span(periodLabel(data, from), periodLabel(data, t))}).${since}`,
    });
  }
  return flags;
}
