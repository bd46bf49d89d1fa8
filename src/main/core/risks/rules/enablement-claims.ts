/**
 * Implausible enablement claims: more active certifications per member of staff than anyone
 * could hold, more certified people than staff, or certifications jumping far above the
 * partner's own recent history.
 */
import type { RiskSettings } from '../../../../shared/api/risks';
import { measureAt, type RiskData } from '../risk-data';
import { plural } from '../wording';
import type { RuleFlag } from './rule-flag';

type Settings = RiskSettings['enablement_claims'];

function latest(data: RiskData, key: string, row: number): number {
  for (let s = data.t; s >= 0; s--) {
    const v = measureAt(data, key, s)?.[row] ?? NaN;
    if (!Number.isNaN(v)) return v;
  }
  return NaN;
}

export function enablementClaims(data: RiskData, settings: Settings): RuleFlag[] {
  const certs = measureAt(data, 'certifications', data.t);
  const certified = measureAt(data, 'certified_staff', data.t);
  const flags: RuleFlag[] = [];
  for (const row of data.rows) {
    const c = certs?.[row] ?? NaN;
    const people = certified?.[row] ?? NaN;
    const staff = latest(data, 'staff', row);
    if (staff > 0 && c / staff > settings.maxCertificationsPerStaff) {
      flags.push({
        row,
        severity: 'medium',
        value: c / staff,
        threshold: settings.maxCertificationsPerStaff,
        unit: 'ratio',
        explanation: `Claims ${plural(c, 'active certification')} with a staff of ${staff} (${Math.round((c / staff) * 10) / 10} per person; more than ${settings.maxCertificationsPerStaff} is implausible).`,
      });
      continue;
    }
    if (staff > 0 && people > staff) {
      flags.push({
        row,
        severity: 'medium',
        value: people / staff,
        threshold: 1,
        unit: 'ratio',
        explanation: `Reports ${people} certified ${people === 1 ? 'person' : 'people'} but a staff of only ${staff}.`,
      });
      continue;
    }
    let before = NaN;
    for (let s = Math.max(0, data.t - settings.historyPeriods); s < data.t; s++) {
      const v = measureAt(data, 'certifications', s)?.[row] ?? NaN;
      if (!Number.isNaN(v)) before = Number.isNaN(before) ? v : Math.max(before, v);
    }
    if (
      !Number.isNaN(before) &&
      c >= settings.jumpFactor * before &&
      c - before >= settings.minJump
    ) {
      flags.push({
        row,
        severity: 'medium',
        value: c,
        threshold: Math.max(settings.jumpFactor * before, before + settings.minJump),
        unit: 'count',
        explanation: `Certifications jumped to ${c} from at most ${before} in the previous ${plural(settings.historyPeriods, 'period')}, far above the partner's own history.`,
      });
    }
  }
  return flags;
}
