/**
 * Which partners each weight profile would weigh, the way the engine assigns them
 * (src/main/core/scoring/profiles.ts): profiles are tried in order and the first whose match fits
 * a partner wins; an attribute with no values listed does not restrict.
 */
import type { WeightProfile } from '../../../../../shared/api';
import { MATCH_DIMENSIONS, type MatchDimension } from './profile-edits';

/** The partners' attributes a profile can match on, one entry per partner. */
export type PartnerAttributes = Record<MatchDimension, readonly (string | null)[]>;

export interface ProfileCoverage {
  /** Partners each profile weighs: matched and not taken by an earlier profile. */
  covered: number[];
  /** Partners each profile matches but an earlier profile already took. */
  taken: number[];
  /** Partners no profile matches: they keep the global weights. */
  rest: number;
  total: number;
}

export function matchesPartner(
  match: WeightProfile['match'],
  partners: PartnerAttributes,
  row: number,
): boolean {
  return MATCH_DIMENSIONS.every((dim) => {
    const allowed = match[dim];
    return !allowed || allowed.length === 0 || allowed.includes(partners[dim][row] ?? '');
  });
}

export function profileCoverage(
  profiles: readonly WeightProfile[],
  partners: PartnerAttributes,
): ProfileCoverage {
  const covered = profiles.map(() => 0);
  const taken = profiles.map(() => 0);
  const total = partners.type.length;
  let rest = 0;
  for (let row = 0; row < total; row++) {
    let owner = -1;
    profiles.forEach((p, i) => {
      if (!matchesPartner(p.match, partners, row)) return;
      if (owner < 0) {
        owner = i;
        covered[i]!++;
      } else taken[i]!++;
    });
    if (owner < 0) rest++;
  }
  return { covered, taken, rest, total };
}

export interface AttributeValue {
  value: string;
  partners: number;
}

/** The values each attribute takes in the workspace, with how many partners have each. */
export function attributeValues(
  partners: PartnerAttributes,
): Record<MatchDimension, AttributeValue[]> {
  const out = {} as Record<MatchDimension, AttributeValue[]>;
  for (const dim of MATCH_DIMENSIONS) {
    const counts = new Map<string, number>();
    for (const v of partners[dim]) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    out[dim] = [...counts]
      .map(([value, n]) => ({ value, partners: n }))
      .sort((a, b) => a.value.localeCompare(b.value));
  }
  return out;
}
