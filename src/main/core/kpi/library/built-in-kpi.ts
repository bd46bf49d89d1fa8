import type { KpiDefinition, Normaliser } from '../../../../shared/api/scoring-methodology';

/** A library KPI: its documented definition plus the normaliser suggested when it is picked. */
export interface BuiltInKpi extends KpiDefinition {
  normaliser: Normaliser;
}
