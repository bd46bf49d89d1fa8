/**
 * Resolves a methodology's groups: the built-in families or perspectives (one level, or a tree
 * when a composite aggregation is chosen), or the methodology's own hierarchy of any depth
 * (KPI → pillar → category → … → composite), checked for unknown parents, cycles and KPIs
 * without a group. Groups without any KPI below them drop out, as before.
 */
import {
  aggregationPower,
  groupKeys,
  type MethodologyDefinition,
} from '../../../shared/api/scoring-methodology';
import type { CompileIssue } from './compile-methodology';
import type { AggregationTree, PlanKpi } from './plan';

export interface CompiledGroups {
  groups: string[];
  groupOf: Int32Array;
  tree: AggregationTree | null;
  labels: Map<string, string>;
  /** Every group key the definition may weigh. */
  known: readonly string[];
}

export function compileGroups(
  def: MethodologyDefinition,
  kpis: PlanKpi[],
  issues: CompileIssue[],
): CompiledGroups {
  if (!def.groups) return builtInGroups(def, kpis, issues);
  const defs = def.groups;
  const byKey = new Map<string, number>();
  defs.forEach((g, i) => {
    if (byKey.has(g.key))
      issues.push({ path: `groups.${i}.key`, message: `${g.key} is defined twice` });
    else byKey.set(g.key, i);
  });
  defs.forEach((g, i) => {
    if (g.parent !== undefined && !byKey.has(g.parent))
      issues.push({ path: `groups.${i}.parent`, message: `Unknown parent group "${g.parent}"` });
  });
  // A parent chain longer than the number of groups is a cycle.
  defs.forEach((g, i) => {
    let at: string | undefined = g.parent;
    for (let steps = 0; at !== undefined; steps++) {
      if (at === g.key || steps > defs.length) {
        issues.push({ path: `groups.${i}.parent`, message: `${g.key} is its own ancestor` });
        return;
      }
      at = defs[byKey.get(at) ?? -1]?.parent;
    }
  });
  const direct = kpis.map((k, i) => {
    const sel = def.kpis.find((s) => s.kpi === k.key)!;
    if (sel.group === undefined) {
      issues.push({ path: `kpis.${i}.group`, message: `${k.def.name} needs a group` });
      return '';
    }
    if (!byKey.has(sel.group))
      issues.push({ path: `kpis.${i}.group`, message: `Unknown group "${sel.group}"` });
    return sel.group;
  });
  if (issues.length > 0) return empty(defs.map((g) => g.key));
  // Groups with a KPI somewhere below them, in definition order.
  const used = new Set<string>();
  for (const key of direct) {
    for (let at: string | undefined = key; at !== undefined && !used.has(at);) {
      used.add(at);
      at = defs[byKey.get(at)!]!.parent;
    }
  }
  const groups = defs.map((g) => g.key).filter((g) => used.has(g));
  const index = new Map(groups.map((g, i) => [g, i]));
  const parent = Int32Array.from(groups, (g) => {
    const p = defs[byKey.get(g)!]!.parent;
    return p === undefined ? -1 : index.get(p)!;
  });
  const depth = (g: number): number => (parent[g]! < 0 ? 0 : 1 + depth(parent[g]!));
  const bottomUp = Int32Array.from(
    groups.map((_, i) => i).sort((a, b) => depth(b) - depth(a) || a - b),
  );
  return {
    groups,
    groupOf: Int32Array.from(direct, (g) => index.get(g)!),
    tree: {
      parent,
      power: Float64Array.from(groups, (g) => aggregationPower(defs[byKey.get(g)!]!.aggregation)),
      rootPower: aggregationPower(def.aggregation),
      bottomUp,
    },
    labels: new Map(defs.map((g) => [g.key, g.label ?? g.key])),
    known: defs.map((g) => g.key),
  };
}

function builtInGroups(
  def: MethodologyDefinition,
  kpis: PlanKpi[],
  issues: CompileIssue[],
): CompiledGroups {
  def.kpis.forEach((s, i) => {
    if (s.group !== undefined)
      issues.push({
        path: `kpis.${i}.group`,
        message: 'a KPI can name a group only when the methodology defines its groups',
      });
  });
  const of = (k: PlanKpi) => (def.grouping === 'category' ? k.def.category : k.def.perspective);
  const groups = groupKeys(def.grouping).filter((g) => kpis.some((k) => of(k) === g));
  const tree: AggregationTree | null = def.aggregation
    ? {
        parent: new Int32Array(groups.length).fill(-1),
        power: new Float64Array(groups.length).fill(1),
        rootPower: aggregationPower(def.aggregation),
        bottomUp: Int32Array.from(groups, (_, i) => i),
      }
    : null;
  return {
    groups,
    groupOf: Int32Array.from(kpis, (k) => groups.indexOf(of(k))),
    tree,
    labels: new Map(),
    known: groupKeys(def.grouping),
  };
}

function empty(known: string[]): CompiledGroups {
  return { groups: [], groupOf: new Int32Array(0), tree: null, labels: new Map(), known };
}
