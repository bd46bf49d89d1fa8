/** A profile's effective weights: its overrides on top of the global ones, and their shares. */
import {
  groupKeys,
  type KpiInfo,
  type MethodologyDefinition,
  type WeightProfile,
} from '../../../../../shared/api';
import { groupOf, kpiShares } from '../weights';

/** The definition as the engine weighs the profile's partners (overrides, else global). */
export function withProfileWeights(
  def: MethodologyDefinition,
  profile: WeightProfile,
): MethodologyDefinition {
  return {
    ...def,
    kpis: def.kpis.map((k) => ({ ...k, weight: profile.kpiWeights[k.kpi] ?? k.weight })),
    groupWeights: { ...def.groupWeights, ...profile.groupWeights },
  };
}

export interface ProfileShares {
  /** Each KPI's share of the composite (0–1) for the profile's partners. */
  kpi: Map<string, number>;
  /** Each group's share of the composite (0–1): the sum of its KPIs' shares. */
  group: Map<string, number>;
}

export function sharesOf(
  def: MethodologyDefinition,
  catalogue: Map<string, KpiInfo>,
): ProfileShares {
  const kpi = kpiShares(def, catalogue);
  const group = new Map<string, number>();
  for (const k of def.kpis) {
    const g = groupOf(catalogue.get(k.kpi), def);
    group.set(g, (group.get(g) ?? 0) + (kpi.get(k.kpi) ?? 0));
  }
  return { kpi, group };
}

/** Overrides of KPIs the methodology does not score and of groups that have no KPIs. */
export function strayOverrides(
  def: MethodologyDefinition,
  profile: WeightProfile,
  groups: readonly string[],
): { kpis: string[]; groups: string[] } {
  const scored = new Set(def.kpis.map((k) => k.kpi));
  return {
    kpis: Object.keys(profile.kpiWeights).filter((k) => !scored.has(k)),
    groups: Object.keys(profile.groupWeights).filter((g) => !groups.includes(g)),
  };
}

/** The groups that have KPIs, in the grouping's order (as the global weights panel lists them). */
export function activeGroups(
  def: MethodologyDefinition,
  catalogue: Map<string, KpiInfo>,
): string[] {
  return groupKeys(def.grouping).filter((g) =>
    def.kpis.some((k) => groupOf(catalogue.get(k.kpi), def) === g),
  );
}
