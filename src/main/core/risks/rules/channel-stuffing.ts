/**
 * Channel stuffing: revenue pulled into one period (a spike well above the partner's usual
 * level) that comes back in the next — a drop well below the usual level, or returns.
 */
import type { RiskSettings } from '../../../../shared/api/risks';
import { measureAt, periodLabel, type RiskData } from '../risk-data';
import { amount, percent, times } from '../wording';
import type { RuleFlag } from './rule-flag';

type Settings = RiskSettings['channel_stuffing'];

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function channelStuffing(data: RiskData, settings: Settings): RuleFlag[] {
  const { t } = data;
  const spikeAt = t - 1;
  const now = measureAt(data, 'revenue', t);
  const spike = measureAt(data, 'revenue', spikeAt);
  const returns = measureAt(data, 'returns', t);
  if (!now || !spike) return [];
  const history = Array.from({ length: settings.baselinePeriods }, (_, i) =>
    measureAt(data, 'revenue', spikeAt - settings.baselinePeriods + i),
  ).filter((c): c is Float64Array => c !== null);
  const flags: RuleFlag[] = [];
  for (const row of data.rows) {
    const usualValues = history.map((c) => c[row]!).filter((v) => !Number.isNaN(v));
    if (usualValues.length < 2) continue;
    const usual = median(usualValues);
    const peak = spike[row]!;
    if (!(usual > 0) || !(peak >= settings.spikeFactor * usual)) continue;
    const after = now[row]!;
    const returned = returns?.[row] ?? NaN;
    const dropped = after <= settings.dropFactor * usual;
    const cameBack = returned >= settings.returnsShare * peak;
    if (!dropped && !cameBack) continue;
    const what = dropped
      ? `fell to ${times(after / usual)} (${amount(after)}) in ${periodLabel(data, t)}`
      : `${amount(returned)} (${percent(returned / peak)}) came back as returns in ${periodLabel(data, t)}`;
    flags.push({
      row,
      severity: 'high',
      value: peak / usual,
      threshold: settings.spikeFactor,
      unit: 'ratio',
      explanation: `Revenue jumped to ${times(peak / usual)} its usual level in ${periodLabel(data, spikeAt)} (${amount(peak)} against a usual ${amount(usual)}) and ${what}: revenue pulled into a period end that came back.`,
    });
  }
  return flags;
}
