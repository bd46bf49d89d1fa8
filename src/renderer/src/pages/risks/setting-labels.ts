/** How each threshold is labelled and edited; shares are edited as percentages. */
import type { RiskRule, RiskSettings } from '../../../../shared/api';

export interface SettingField {
  key: string;
  label: string;
  percent?: boolean;
  min: number;
  max: number;
  step?: number;
}

export const SETTING_FIELDS: { [R in RiskRule]: SettingField[] } = {
  revenue_concentration: [
    {
      key: 'maxShare',
      label: 'Flag a partner above this share of revenue (%)',
      percent: true,
      min: 0,
      max: 100,
    },
    { key: 'topN', label: 'Top N partners for the portfolio share', min: 1, max: 1000 },
    {
      key: 'topNMaxShare',
      label: 'Warn when the top N hold more than (%)',
      percent: true,
      min: 0,
      max: 100,
    },
  ],
  registration_abuse: [
    { key: 'lookbackPeriods', label: 'Periods looked back', min: 1, max: 12 },
    { key: 'maxAfterClose', label: 'Registrations after close allowed', min: 0, max: 1000 },
    { key: 'sameDayDays', label: '“Same day”: closed within (days)', min: 0, max: 30 },
    { key: 'sameDayRepeats', label: 'Flag at this many same-day closes', min: 1, max: 1000 },
  ],
  enablement_claims: [
    {
      key: 'maxCertificationsPerStaff',
      label: 'Most certifications per member of staff',
      min: 0.1,
      max: 100,
      step: 0.5,
    },
    {
      key: 'jumpFactor',
      label: 'Jump: more than × the recent highest',
      min: 1,
      max: 100,
      step: 0.5,
    },
    { key: 'minJump', label: 'Jump: by at least (certifications)', min: 1, max: 100000 },
    { key: 'historyPeriods', label: 'Recent history (periods)', min: 1, max: 12 },
  ],
  channel_stuffing: [
    { key: 'spikeFactor', label: 'Spike: at least × the usual level', min: 1, max: 100, step: 0.1 },
    {
      key: 'dropFactor',
      label: 'Drop: at most × the usual level next period',
      min: 0,
      max: 1,
      step: 0.05,
    },
    { key: 'baselinePeriods', label: 'Usual level: median of (periods)', min: 2, max: 12 },
    {
      key: 'returnsShare',
      label: 'Returns above this share of the spike (%)',
      percent: true,
      min: 0,
      max: 100,
    },
  ],
  inactive_partner: [
    { key: 'periods', label: 'Periods without revenue or registrations', min: 1, max: 12 },
  ],
};

export function fieldValue(settings: RiskSettings, rule: RiskRule, field: SettingField): number {
  const v = (settings[rule] as unknown as Record<string, number>)[field.key] ?? 0;
  return field.percent ? Math.round(v * 1000) / 10 : v;
}
