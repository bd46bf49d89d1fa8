/**
 * Revenue concentration: a partner booking more than `maxShare` of the channel's revenue in the
 * period is flagged (losing it would hurt); the portfolio figure is the share of the top N.
 */
import type { RevenueConcentration, RiskSettings } from '../../../../shared/api/risks';
import { measureAt, periodLabel, type RiskData } from '../risk-data';
import { amount, percent } from '../wording';
import type { RuleFlag } from './rule-flag';

type Settings = RiskSettings['revenue_concentration'];

export function revenueConcentration(
  data: RiskData,
  settings: Settings,
): { flags: RuleFlag[]; summary: RevenueConcentration } {
  const revenue = measureAt(data, 'revenue', data.t);
  const amounts: { row: number; value: number }[] = [];
  let total = 0;
  for (const row of data.rows) {
    const v = revenue?.[row] ?? NaN;
    if (!(v > 0)) continue;
    amounts.push({ row, value: v });
    total += v;
  }
  amounts.sort((a, b) => b.value - a.value);
  const top = amounts.slice(0, settings.topN).reduce((sum, a) => sum + a.value, 0);
  const topNShare = total > 0 ? top / total : null;
  const summary: RevenueConcentration = {
    totalRevenue: total,
    topN: settings.topN,
    topNShare,
    topNMaxShare: settings.topNMaxShare,
    exceeded: topNShare !== null && topNShare > settings.topNMaxShare,
    largestShare: total > 0 && amounts[0] ? amounts[0].value / total : null,
  };
  const period = periodLabel(data, data.t);
  const flags = amounts
    .filter((a) => a.value / total > settings.maxShare)
    .map((a): RuleFlag => ({
      row: a.row,
      severity: 'high',
      value: a.value / total,
      threshold: settings.maxShare,
      unit: 'share',
      explanation: `Booked ${percent(a.value / total)} of all channel revenue in ${period} (${amount(a.value)} of ${amount(total)}), above the ${percent(settings.maxShare)} limit: the channel depends heavily on this partner.`,
    }));
  return { flags, summary };
}
