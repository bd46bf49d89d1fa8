/** The built-in KPI library: four categories, each KPI documented and with a suggested normaliser. */
import type { KpiDefinition } from '../../../shared/api/scoring-methodology';
import type { BuiltInKpi } from './library/built-in-kpi';
import { ENABLEMENT_KPIS } from './library/enablement-kpis';
import { ENGAGEMENT_KPIS } from './library/engagement-kpis';
import { PIPELINE_KPIS } from './library/pipeline-kpis';
import { REVENUE_KPIS } from './library/revenue-kpis';

export type { BuiltInKpi };

export const BUILT_IN_KPIS: readonly BuiltInKpi[] = [
  ...REVENUE_KPIS,
  ...PIPELINE_KPIS,
  ...ENABLEMENT_KPIS,
  ...ENGAGEMENT_KPIS,
];

export const BUILT_IN_KPI_BY_KEY: ReadonlyMap<string, BuiltInKpi> = new Map(
  BUILT_IN_KPIS.map((k) => [k.key, k]),
);

/** Built-ins plus a methodology's custom KPIs; a custom KPI may not reuse a built-in key. */
export function kpiCatalogue(custom: readonly KpiDefinition[] = []): Map<string, KpiDefinition> {
  const catalogue = new Map<string, KpiDefinition>(BUILT_IN_KPI_BY_KEY);
  for (const kpi of custom) catalogue.set(kpi.key, kpi);
  return catalogue;
}
