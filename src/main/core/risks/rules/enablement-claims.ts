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

/** Per dataset row, the latest value of a measure up to period t (NaN: never reported). */
function latest(data: RiskData, key: string): Float64Array {
  const out = new Float64Array(data.dataset.partners.id.length).fill(NaN);
  for (let s = 0; s <= data.t; s++) {
    const col = measureAt(data, key, s);
    if (col) for (let i = 0; i < out.length; i++) if (!Number.isNaN(col[i]!)) out[i] = col[i]!;
  }
  return out;
}

/** Per dataset row, the highest value of a measure in periods from … t − 1 (NaN: none). */
function highest(data: RiskData, key: string, from: number): Float64Array {
  const out = new Float64Array(data.dataset.partners.id.length).fill(NaN);
  for (let s = Math.max(0, from); s < data.t; s++) {
    const col = measureAt(data, key, s);
    if (!col) continue;
    for (let i = 0; i < out.length; i++) {
      const v = col[i]!;
      if (!Number.isNaN(v) && !(v <= out[i]!)) out[i] = v;
    }
  }
  return out;
}

export function enablementClaims(data: RiskData, settings: Settings): RuleFlag[] {
  const certs = measureAt(data, 'certifications', data.t);
  const certified = measureAt(data, 'certified_staff', data.t);
  const staffOf = latest(data, 'staff');
  const history = highest(data, 'certifications', data.t - settings.historyPeriods);
  const flags: RuleFlag[] = [];
  for (const row of data.rows) {
    const c = certs?.[row] ?? NaN;
    const people = certified?.[row] ?? NaN;
    const staff = staffOf[row]!;
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
    const before = history[row]!;
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
