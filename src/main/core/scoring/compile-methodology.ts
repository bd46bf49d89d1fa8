/**
 * Turns a methodology definition into an executable plan: every KPI formula parsed and checked
 * against the workspace's measures, groups resolved, weights laid out per profile. All problems
 * are collected and reported together, each with its path in the definition.
 */
import {
  GROUP_LABELS,
  methodologyDefinitionSchema,
  type KpiDefinition,
  type MethodologyDefinition,
  type MethodologyDefinitionInput,
} from '../../../shared/api/scoring-methodology';
import { AppError } from '../../../shared/errors';
import type { FormulaNode } from '../kpi/formula/ast';
import { FormulaError } from '../kpi/formula/formula-error';
import { compileFormula } from '../kpi/formula/validate';
import { BUILT_IN_KPI_BY_KEY, kpiCatalogue } from '../kpi/kpi-library';
import { STANDARD_MEASURES } from '../workspace/standard-measures';
import { DERIVED_MEASURES } from './derived-measures';
import { compileGroups } from './compile-groups';
import type { MethodologyPlan, PlanKpi, ProfileWeights } from './plan';
import { structuralKey } from './structural-key';

export interface CompileIssue {
  path: string;
  message: string;
  position?: number;
}

export function knownMeasures(workspaceMeasures: Iterable<string> = []): Set<string> {
  return new Set([
    ...STANDARD_MEASURES.map((m) => m.key),
    ...DERIVED_MEASURES.map((m) => m.key),
    ...workspaceMeasures,
  ]);
}

export function compileMethodology(
  input: MethodologyDefinition | MethodologyDefinitionInput,
  measures: ReadonlySet<string> = knownMeasures(),
): MethodologyPlan {
  const parsed = methodologyDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw invalid(issues);
  }
  const def = parsed.data;
  const issues: CompileIssue[] = [];
  def.customKpis.forEach((k, i) => {
    if (BUILT_IN_KPI_BY_KEY.has(k.key)) {
      issues.push({
        path: `customKpis.${i}.key`,
        message: `${k.key} is a built-in KPI; choose another key`,
      });
    }
  });
  const catalogue = kpiCatalogue(def.customKpis);
  const compiled = new Map<string, PlanKpi>();
  const build = (
    key: string,
    path: string,
    normaliser = BUILT_IN_KPI_BY_KEY.get(key)?.normaliser,
  ) => {
    const kpi = catalogue.get(key);
    if (!kpi) {
      issues.push({ path, message: `Unknown KPI "${key}"` });
      return undefined;
    }
    const formula = parse(kpi.formula, `${path} (${kpi.key} formula)`, measures, issues);
    const target = kpi.target
      ? parse(kpi.target, `${path} (${kpi.key} target)`, measures, issues)
      : null;
    if (!formula) return undefined;
    const planKpi: PlanKpi = {
      key,
      def: kpi,
      formula,
      target: target ?? null,
      normaliser: normaliser ?? { kind: 'percentile' },
      peerBy: def.peerGroup,
    };
    return planKpi;
  };

  const kpis: PlanKpi[] = [];
  def.kpis.forEach((sel, i) => {
    const k = build(sel.kpi, `kpis.${i}.kpi`, sel.normaliser);
    if (!k) return;
    const n = sel.normaliser;
    if ('peerBy' in n && n.peerBy) k.peerBy = n.peerBy;
    if (sel.imputation) k.imputation = sel.imputation;
    if (sel.treatment) k.treatment = sel.treatment;
    const d = sel.denominator;
    if (d?.kind === 'measure') {
      const formula = parse(d.measure, `kpis.${i}.denominator.measure`, measures, issues);
      if (formula) k.denominator = { formula };
    } else if (d?.kind === 'attribute') k.denominator = { attribute: d.attribute };
    if (n.kind === 'target' && n.target === undefined && !k.target) {
      issues.push({
        path: `kpis.${i}.normaliser`,
        message: `${k.def.name} has no target of its own: give the target normaliser a fixed target`,
      });
    }
    kpis.push(k);
    compiled.set(k.key, k);
  });
  const aux: PlanKpi[] = [];
  const needAux = (key: string, path: string) => {
    if (compiled.has(key)) return;
    const k = build(key, path);
    if (!k) return;
    aux.push(k);
    compiled.set(key, k);
  };
  def.tiers.forEach((t, i) =>
    t.gates.forEach((g, j) => needAux(g.kpi, `tiers.${i}.gates.${j}.kpi`)),
  );
  needAux(def.segments.attainmentKpi, 'segments.attainmentKpi');
  def.segments.engagementKpis.forEach((k, i) => needAux(k, `segments.engagementKpis.${i}`));
  for (const list of ['activityMeasures', 'interventionMeasures'] as const) {
    def.segments[list].forEach((m, i) => {
      if (!measures.has(m))
        issues.push({ path: `segments.${list}.${i}`, message: `Unknown measure "${m}"` });
    });
  }

  const structure = compileGroups(def, kpis, issues);
  const { groups, groupOf, tree } = structure;
  const groupLabels = groups.map(
    (g) => structure.labels.get(g) ?? GROUP_LABELS[g as keyof typeof GROUP_LABELS] ?? g,
  );
  for (const g of groups) {
    if (def.groupWeights[g] === undefined) {
      issues.push({ path: `groupWeights.${g}`, message: `The ${g} group has KPIs but no weight` });
    }
  }
  for (const g of Object.keys(def.groupWeights)) {
    if (!structure.known.includes(g)) {
      issues.push({
        path: `groupWeights.${g}`,
        message: def.groups
          ? `"${g}" is not one of the methodology's groups`
          : `"${g}" is not a ${def.grouping}`,
      });
    }
  }
  const base: ProfileWeights = {
    kpi: Float64Array.from(kpis, (k) => def.kpis.find((s) => s.kpi === k.key)!.weight),
    group: Float64Array.from(groups, (g) => def.groupWeights[g] ?? 0),
  };
  const weights = [base];
  def.profiles.forEach((profile, i) => {
    for (const key of Object.keys(profile.kpiWeights)) {
      if (!kpis.some((k) => k.key === key)) {
        issues.push({
          path: `profiles.${i}.kpiWeights.${key}`,
          message: `${key} is not a scored KPI`,
        });
      }
    }
    for (const g of Object.keys(profile.groupWeights)) {
      if (!groups.includes(g))
        issues.push({ path: `profiles.${i}.groupWeights.${g}`, message: `"${g}" has no KPIs` });
    }
    weights.push({
      kpi: Float64Array.from(kpis, (k, j) => profile.kpiWeights[k.key] ?? base.kpi[j]!),
      group: Float64Array.from(groups, (g, j) => profile.groupWeights[g] ?? base.group[j]!),
    });
  });
  if (issues.length > 0) throw invalid(issues);
  return {
    definition: def,
    kpis,
    aux,
    groups,
    groupLabels,
    tree,
    groupOf,
    weights,
    profiles: def.profiles,
    structuralKey: structuralKey(def),
  };
}

export function groupOfKpi(kpi: KpiDefinition, def: MethodologyDefinition): string {
  if (def.groups) return def.kpis.find((s) => s.kpi === kpi.key)?.group ?? '';
  return def.grouping === 'category' ? kpi.category : kpi.perspective;
}

function parse(
  source: string,
  path: string,
  measures: ReadonlySet<string>,
  issues: CompileIssue[],
): FormulaNode | undefined {
  try {
    return compileFormula(source, measures);
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    issues.push({ path, message: error.message, position: error.position });
    return undefined;
  }
}

function invalid(issues: CompileIssue[]): AppError {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new AppError(
    'INVALID_DATA',
    `The methodology is not valid: ${first ? `${first.path}: ${first.message}` : 'rejected'}${more}`,
    { issues },
  );
}
