/** The display name of the methodology's attainment KPI (used in segment explanations). */
import type { MethodologyPlan } from '../scoring/plan';
import { planKpi } from '../scoring/plan';

export const KPI_NAME_FALLBACK = 'Attainment';

export function attainmentName(plan: MethodologyPlan): string | null {
  return planKpi(plan, plan.definition.segments.attainmentKpi)?.def.name ?? null;
}
