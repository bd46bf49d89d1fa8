/** Weight profiles: the first profile whose match fits a partner replaces the global weights. */
import type { WeightProfile } from '../../../shared/api/scoring-methodology';
import type { PartnerColumns } from './dataset';

/** Profile of each row: 0 for the global default, i + 1 for `profiles[i]`. */
export function assignProfiles(
  profiles: readonly WeightProfile[],
  partners: PartnerColumns,
  rows: Int32Array,
): Uint8Array {
  const out = new Uint8Array(rows.length);
  if (profiles.length === 0) return out;
  rows.forEach((p, i) => {
    const found = profiles.findIndex((profile) =>
      (['type', 'region', 'tier'] as const).every((dim) => {
        const allowed = profile.match[dim];
        return !allowed || allowed.length === 0 || allowed.includes(partners[dim][p] ?? '');
      }),
    );
    out[i] = found + 1;
  });
  return out;
}
