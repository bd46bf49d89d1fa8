/**
 * The definition's weights seen as percentages: each group's share of the composite, each KPI's
 * share of its group. Setting one writes every weight of that level as a percentage (the engine
 * only uses proportions, so scores do not change until a share does).
 */
import type { MethodologyDefinition } from '../../../../shared/api';
import { rebalance, toPercentages } from './rebalance';

/** KPI key → group key under the definition's grouping. */
export type KpiGroups = ReadonlyMap<string, string>;

/** Groups (in the given order) that hold at least one of the definition's KPIs. */
export function activeGroups(
  def: MethodologyDefinition,
  order: readonly string[],
  groupOf: KpiGroups,
): string[] {
  const used = new Set(def.kpis.map((k) => groupOf.get(k.kpi) ?? ''));
  return order.filter((g) => used.has(g));
}

export function groupPercents(def: MethodologyDefinition, groups: readonly string[]): number[] {
  return toPercentages(groups.map((g) => def.groupWeights[g] ?? 0));
}

export function kpisOfGroup(def: MethodologyDefinition, group: string, groupOf: KpiGroups) {
  return def.kpis.filter((k) => groupOf.get(k.kpi) === group);
}

export function kpiPercents(def: MethodologyDefinition, group: string, groupOf: KpiGroups) {
  return toPercentages(kpisOfGroup(def, group, groupOf).map((k) => k.weight));
}

/** Group `group` to `value` % of the composite; unlocked other groups re-normalised. */
export function setGroupPercent(
  def: MethodologyDefinition,
  groups: readonly string[],
  group: string,
  value: number,
  locked: (group: string) => boolean,
): MethodologyDefinition {
  const next = rebalance(
    groupPercents(def, groups),
    groups.indexOf(group),
    value,
    groups.map(locked),
  );
  return {
    ...def,
    groupWeights: {
      ...def.groupWeights,
      ...Object.fromEntries(groups.map((g, i) => [g, next[i]!])),
    },
  };
}

/** KPI `kpi` to `value` % of its group; unlocked other KPIs of the group re-normalised. */
export function setKpiPercent(
  def: MethodologyDefinition,
  group: string,
  kpi: string,
  value: number,
  groupOf: KpiGroups,
  locked: (kpi: string) => boolean,
): MethodologyDefinition {
  const members = kpisOfGroup(def, group, groupOf);
  const next = rebalance(
    toPercentages(members.map((k) => k.weight)),
    members.findIndex((k) => k.kpi === kpi),
    value,
    members.map((k) => locked(k.kpi)),
  );
  const byKey = new Map(members.map((k, i) => [k.kpi, next[i]!]));
  return {
    ...def,
    kpis: def.kpis.map((k) => (byKey.has(k.kpi) ? { ...k, weight: byKey.get(k.kpi)! } : k)),
  };
}

/** Each KPI's share of the composite (0–1): its group's share × its share of the group. */
export function compositeShares(
  def: MethodologyDefinition,
  groups: readonly string[],
  groupOf: KpiGroups,
): Map<string, number> {
  const shares = new Map<string, number>();
  const gp = groupPercents(def, groups);
  groups.forEach((g, i) => {
    const members = kpisOfGroup(def, g, groupOf);
    const kp = toPercentages(members.map((k) => k.weight));
    members.forEach((k, j) => shares.set(k.kpi, (gp[i]! / 100) * (kp[j]! / 100)));
  });
  return shares;
}
