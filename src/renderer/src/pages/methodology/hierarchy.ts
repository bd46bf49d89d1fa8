/**
 * The editor's view of a methodology's groups: its own hierarchy when it defines one, else the
 * built-in families (categories or perspectives) as one level. A built-in family can be turned
 * into a ready-made hierarchy the user then renames, nests and weighs.
 */
import {
  GROUP_LABELS,
  groupKeys,
  type GroupDefinition,
  type KpiInfo,
  type MethodologyDefinition,
} from '../../../../shared/api';

export function groupLabel(def: MethodologyDefinition, key: string): string {
  const own = def.groups?.find((g) => g.key === key);
  return own ? (own.label ?? own.key) : (GROUP_LABELS[key as keyof typeof GROUP_LABELS] ?? key);
}

/** The family a built-in grouping puts a KPI in. */
export function familyOf(kpi: KpiInfo | undefined, grouping: 'category' | 'perspective'): string {
  if (!kpi) return '';
  return grouping === 'category' ? kpi.category : kpi.perspective;
}

/** The methodology's built-in grouping as a ready-made one-level hierarchy (weights kept). */
export function hierarchyFromFamily(
  def: MethodologyDefinition,
  catalogue: Map<string, KpiInfo>,
  grouping: 'category' | 'perspective',
): MethodologyDefinition {
  const used = groupKeys(grouping).filter((g) =>
    def.kpis.some((k) => familyOf(catalogue.get(k.kpi), grouping) === g),
  );
  const sameFamily = !def.groups && def.grouping === grouping;
  return {
    ...def,
    grouping,
    groups: used.map((g) => ({ key: g, label: GROUP_LABELS[g as keyof typeof GROUP_LABELS] })),
    groupWeights: Object.fromEntries(
      used.map((g) => [
        g,
        sameFamily ? (def.groupWeights[g] ?? 25) : Math.round(100 / used.length),
      ]),
    ),
    kpis: def.kpis.map((k) => ({ ...k, group: familyOf(catalogue.get(k.kpi), grouping) })),
  };
}

/** Back to a built-in grouping: groups, KPI groups and aggregations dropped. */
export function withoutHierarchy(
  def: MethodologyDefinition,
  catalogue: Map<string, KpiInfo>,
): MethodologyDefinition {
  const next: MethodologyDefinition = { ...def, kpis: def.kpis.map(({ group: _, ...k }) => k) };
  delete next.groups;
  delete next.aggregation;
  const used = groupKeys(def.grouping).filter((g) =>
    next.kpis.some((k) => familyOf(catalogue.get(k.kpi), def.grouping) === g),
  );
  return {
    ...next,
    groupWeights: Object.fromEntries(used.map((g) => [g, Math.round(100 / used.length)])),
  };
}

/** A new group key not used yet, from a label ("Customer success" → customer_success). */
export function groupKeyFor(label: string, taken: readonly GroupDefinition[]): string {
  const base =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+|_+$/g, '')
      .slice(0, 50) || 'group';
  let key = base;
  for (let i = 2; taken.some((g) => g.key === key); i++) key = `${base}_${i}`;
  return key;
}

/** Each group's depth (0 = top level); groups in a cycle or under an unknown parent get -1. */
export function depths(groups: readonly GroupDefinition[]): Map<string, number> {
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const out = new Map<string, number>();
  for (const g of groups) {
    let d = 0;
    let at = g.parent;
    for (; at !== undefined && d <= groups.length; d++)
      at = byKey.get(at)?.parent ?? (byKey.has(at) ? undefined : '\u0000');
    out.set(g.key, d > groups.length || at === '\u0000' ? -1 : d);
  }
  return out;
}

/**
 * Each KPI's share of the composite (0–1) under the global weights in a hierarchy: the product
 * of the weight shares on its path (members without any KPI below them do not count).
 */
export function hierarchyShares(def: MethodologyDefinition): Map<string, number> {
  const groups = def.groups ?? [];
  const hasKpi = new Set<string>();
  for (const k of def.kpis) {
    if (!(k.weight > 0)) continue;
    for (let at = k.group; at !== undefined && !hasKpi.has(at);) {
      hasKpi.add(at);
      at = groups.find((g) => g.key === at)?.parent;
    }
  }
  const weightOf = (g: string) => (hasKpi.has(g) ? (def.groupWeights[g] ?? 0) : 0);
  const siblingsSum = (parent: string | undefined) =>
    groups.filter((g) => g.parent === parent).reduce((s, g) => s + weightOf(g.key), 0) +
    (parent === undefined
      ? 0
      : def.kpis.filter((k) => k.group === parent).reduce((s, k) => s + k.weight, 0));
  const groupShare = (key: string | undefined, guard = 0): number => {
    if (key === undefined) return 1;
    const g = groups.find((x) => x.key === key);
    if (!g || guard > groups.length) return 0;
    const sum = siblingsSum(g.parent);
    return sum > 0 ? groupShare(g.parent, guard + 1) * (weightOf(key) / sum) : 0;
  };
  return new Map(
    def.kpis.map((k) => {
      const sum = siblingsSum(k.group);
      return [k.kpi, sum > 0 && k.group ? groupShare(k.group) * (k.weight / sum) : 0];
    }),
  );
}
