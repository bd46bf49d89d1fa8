/**
 * Edits of a methodology's weight profiles, as pure functions from definition to definition so
 * that each one is a single step of the editor store (undo, live preview). A profile's weights are
 * overrides: a key that is absent falls back to the global weight.
 */
import type { MethodologyDefinition, WeightProfile } from '../../../../../shared/api';

export const MATCH_DIMENSIONS = ['type', 'region', 'tier'] as const;
export type MatchDimension = (typeof MATCH_DIMENSIONS)[number];
export type DefinitionEdit = (def: MethodologyDefinition) => MethodologyDefinition;

const NEW_PROFILE = 'New profile';

function patchProfile(i: number, change: (p: WeightProfile) => WeightProfile): DefinitionEdit {
  return (def) => ({
    ...def,
    profiles: def.profiles.map((p, j) => (j === i ? change(p) : p)),
  });
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** "New profile", else "New profile 2", "New profile 3"… — the first name not yet taken. */
export function newProfileName(profiles: readonly WeightProfile[]): string {
  const taken = new Set(profiles.map((p) => p.name.trim().toLowerCase()));
  if (!taken.has(NEW_PROFILE.toLowerCase())) return NEW_PROFILE;
  let n = 2;
  while (taken.has(`${NEW_PROFILE} ${n}`.toLowerCase())) n++;
  return `${NEW_PROFILE} ${n}`;
}

/** A profile with no match and no overrides, last in the list (so it wins for no one yet). */
export function addProfile(name: string): DefinitionEdit {
  return (def) => ({
    ...def,
    profiles: [...def.profiles, { name, match: {}, kpiWeights: {}, groupWeights: {} }],
  });
}

export function renameProfile(i: number, name: string): DefinitionEdit {
  return patchProfile(i, (p) => ({ ...p, name }));
}

export function deleteProfile(i: number): DefinitionEdit {
  return (def) => ({ ...def, profiles: def.profiles.filter((_, j) => j !== i) });
}

/** Swaps a profile with its neighbour above (-1) or below (+1); out of range changes nothing. */
export function moveProfile(i: number, by: -1 | 1): DefinitionEdit {
  return (def) => {
    const j = i + by;
    if (i < 0 || j < 0 || i >= def.profiles.length || j >= def.profiles.length) return def;
    const profiles = [...def.profiles];
    [profiles[i], profiles[j]] = [profiles[j]!, profiles[i]!];
    return { ...def, profiles };
  };
}

/** The values one attribute must take; an empty list removes the condition. */
export function setMatch(i: number, dim: MatchDimension, values: string[]): DefinitionEdit {
  return patchProfile(i, (p) => {
    const rest = Object.fromEntries(Object.entries(p.match).filter(([k]) => k !== dim));
    return { ...p, match: values.length > 0 ? { ...rest, [dim]: values } : rest };
  });
}

export function setKpiOverride(i: number, kpi: string, weight: number): DefinitionEdit {
  return patchProfile(i, (p) => ({ ...p, kpiWeights: { ...p.kpiWeights, [kpi]: weight } }));
}

export function clearKpiOverride(i: number, kpi: string): DefinitionEdit {
  return patchProfile(i, (p) => ({ ...p, kpiWeights: without(p.kpiWeights, kpi) }));
}

export function setGroupOverride(i: number, group: string, weight: number): DefinitionEdit {
  return patchProfile(i, (p) => ({ ...p, groupWeights: { ...p.groupWeights, [group]: weight } }));
}

export function clearGroupOverride(i: number, group: string): DefinitionEdit {
  return patchProfile(i, (p) => ({ ...p, groupWeights: without(p.groupWeights, group) }));
}

/** Removes the overrides of KPIs and groups the methodology no longer scores. */
export function dropOverrides(i: number, kpis: string[], groups: string[]): DefinitionEdit {
  return patchProfile(i, (p) => ({
    ...p,
    kpiWeights: Object.fromEntries(Object.entries(p.kpiWeights).filter(([k]) => !kpis.includes(k))),
    groupWeights: Object.fromEntries(
      Object.entries(p.groupWeights).filter(([g]) => !groups.includes(g)),
    ),
  }));
}

/**
 * Scales non-negative weights to add up to `total` and rounds them by largest remainder (whole
 * numbers for a whole total, else tenths), so that the rounded weights add up to exactly `total`.
 */
export function roundToTotal(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0) || !(total >= 0)) return weights;
  const unit = Number.isInteger(total) ? 1 : 0.1;
  const units = Math.round(total / unit);
  const raw = weights.map((w) => (units * w) / sum);
  const floors = raw.map(Math.floor);
  let left = units - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i] = floors[i]! + 1;
    left--;
  }
  return floors.map((f) => Math.round(f * unit * 10) / 10);
}

/**
 * "Make them add up to 100" for a profile's group weights: the groups it overrides keep their
 * weights and the inherited ones are scaled to fill the rest, so that "Enablement 60" becomes
 * 60 % of the score. When the overrides alone reach 100 (or nothing is inherited), all are scaled.
 * Groups whose new weight equals the global one stay inherited.
 */
export function fitGroupsTo100(i: number, groups: readonly string[]): DefinitionEdit {
  return (def) => {
    const profile = def.profiles[i];
    if (!profile || groups.length === 0) return def;
    const global = (g: string) => def.groupWeights[g] ?? 0;
    const own = (g: string) => profile.groupWeights[g];
    const fixed = groups.filter((g) => own(g) !== undefined);
    const free = groups.filter((g) => own(g) === undefined);
    const fixedSum = fixed.reduce((s, g) => s + own(g)!, 0);
    const freeSum = free.reduce((s, g) => s + global(g), 0);
    const next: Record<string, number> = {};
    if (free.length > 0 && freeSum > 0 && fixedSum <= 100) {
      const scaled = roundToTotal(free.map(global), 100 - fixedSum);
      free.forEach((g, j) => (next[g] = scaled[j]!));
      fixed.forEach((g) => (next[g] = own(g)!));
    } else {
      const scaled = roundToTotal(
        groups.map((g) => own(g) ?? global(g)),
        100,
      );
      groups.forEach((g, j) => (next[g] = scaled[j]!));
    }
    const groupWeights = { ...profile.groupWeights };
    for (const g of groups) {
      if (own(g) === undefined && next[g] === global(g)) continue;
      groupWeights[g] = next[g]!;
    }
    return patchProfile(i, (p) => ({ ...p, groupWeights }))(def);
  };
}
