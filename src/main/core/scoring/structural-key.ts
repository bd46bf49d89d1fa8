/**
 * What a methodology is apart from its weights and tier thresholds: two definitions with the
 * same key share their normalised score matrix, so switching between them is a weighted sum.
 */
import type { MethodologyDefinition } from '../../../shared/api/scoring-methodology';

export function structuralKey(def: MethodologyDefinition): string {
  return JSON.stringify({
    ...def,
    description: '',
    kpis: def.kpis.map((k) => ({ ...k, weight: 0 })),
    groupWeights: {},
    tiers: [],
    profiles: [],
    trend: null,
  });
}
