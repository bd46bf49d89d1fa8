/**
 * The definition a scenario actually scores with. Unscoped, it is the scenario's own definition.
 * Scoped to a region or partner type, it is the baseline left as it is plus one weight profile
 * for that scope, first in the list so that it wins: the scenario's KPI and group weights then
 * apply to those partners only, and its tiers and normalisers do not count.
 */
import type { ScenarioScope } from '../../../shared/api/scenarios';
import type { MethodologyDefinition, WeightProfile } from '../../../shared/api/scoring-methodology';
import { AppError } from '../../../shared/errors';
import { kpiCatalogue } from '../kpi/kpi-library';
import { groupOfKpi } from '../scoring/compile-methodology';

/** The regions and partner types present in the workspace (what a scope may name). */
export interface ScopeValues {
  regions: readonly string[];
  types: readonly string[];
}

const PROFILE_NAME_MAX = 80;

export function scopeLabel(scope: ScenarioScope): string {
  return `${scope.dimension === 'region' ? 'Region' : 'Type'} ${scope.value}`;
}

export function effectiveDefinition(
  baseline: MethodologyDefinition,
  scenario: MethodologyDefinition,
  scope: ScenarioScope | null,
  known: ScopeValues,
): MethodologyDefinition {
  if (!scope) return scenario;
  const values = scope.dimension === 'region' ? known.regions : known.types;
  if (!values.includes(scope.value)) {
    const what = scope.dimension === 'region' ? 'region' : 'partner type';
    throw new AppError(
      'NOT_FOUND',
      `No partner has the ${what} "${scope.value}"; the ${what}s are: ${values.join(', ') || 'none'}.`,
      { dimension: scope.dimension, known: values },
    );
  }
  assertSameKpis(baseline, scenario);
  const catalogue = kpiCatalogue(baseline.customKpis);
  const usedGroups = new Set(
    baseline.kpis.map((k) => {
      const def = catalogue.get(k.kpi);
      return def ? groupOfKpi(def, baseline) : '';
    }),
  );
  const profile: WeightProfile = {
    name: `What-if: ${scopeLabel(scope)}`.slice(0, PROFILE_NAME_MAX),
    match: scope.dimension === 'region' ? { region: [scope.value] } : { type: [scope.value] },
    kpiWeights: Object.fromEntries(scenario.kpis.map((k) => [k.kpi, k.weight])),
    groupWeights: Object.fromEntries(
      Object.entries(scenario.groupWeights).filter(([g]) => usedGroups.has(g)),
    ),
  };
  return { ...baseline, profiles: [profile, ...baseline.profiles] };
}

/** A scoped scenario changes weights only, so it must score exactly the baseline's KPIs. */
function assertSameKpis(baseline: MethodologyDefinition, scenario: MethodologyDefinition) {
  if (scenario.grouping !== baseline.grouping) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `A scenario for one region or type changes weights only: it groups KPIs by ${scenario.grouping} but the baseline groups them by ${baseline.grouping}.`,
    );
  }
  const base = new Set(baseline.kpis.map((k) => k.kpi));
  const mine = new Set(scenario.kpis.map((k) => k.kpi));
  const added = [...mine].filter((k) => !base.has(k));
  const removed = [...base].filter((k) => !mine.has(k));
  if (added.length > 0 || removed.length > 0) {
    const parts = [
      added.length ? `adds ${added.join(', ')}` : '',
      removed.length ? `drops ${removed.join(', ')}` : '',
    ].filter(Boolean);
    throw new AppError(
      'INVALID_ARGUMENT',
      `A scenario for one region or type changes weights only and must use the baseline's KPIs; this one ${parts.join(' and ')}.`,
      { added, removed },
    );
  }
}
