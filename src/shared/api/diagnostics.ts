/**
 * The methodology diagnostics domain: how coherent a methodology's KPIs are (correlations,
 * Cronbach's alpha, effective weights, importance against weight, a weight suggestion) and how
 * much partners' ranks depend on the methodological choices (uncertainty and sensitivity
 * analysis, a cancellable job). Reads only.
 */
import { z } from 'zod';
import { method } from './define';
import type { DiagnosticsResult, UncertaintyResult } from './diagnostics-results';
import { scenarioInputSchema } from './scenarios';
import { methodologySelectorSchema } from './scoring';

const periodKey = z.string().trim().min(1).max(20).optional();

export const UNCERTAINTY_FACTORS = [
  'normalisation',
  'aggregation',
  'imputation',
  'treatment',
  'weights',
] as const;

export const UNCERTAINTY_DEFAULTS = {
  samples: 1000,
  seed: 1,
  perturbation: 0.2,
} as const;

export const diagnosticsApi = {
  'diagnostics.get': method<DiagnosticsResult>()(
    /** A saved methodology by id or name (and version), or an unsaved `definition` (a draft). */
    methodologySelectorSchema.extend({
      period: periodKey,
      /** Importance to aim the weight suggestion at: the same for every KPI, or as weighted. */
      target: z.enum(['equal', 'nominal']).default('equal'),
      /** Two KPIs of a group correlated at least this much are flagged as redundant. */
      redundantAt: z.number().min(0).max(1).default(0.9),
    }),
    'Coherence diagnostics of a methodology version for a period: correlation matrix, redundant and contrary KPIs, Cronbach’s alpha per group (and if each KPI were dropped), effective weights, importance against weight and a weight suggestion.',
  ),
  'whatif.uncertainty': method<UncertaintyResult>()(
    scenarioInputSchema.extend({
      jobId: z.string().trim().min(1).max(100),
      /** Model runs, rounded up to whole Saltelli blocks of (factors + 2) runs. */
      samples: z.number().int().min(20).max(20_000).default(UNCERTAINTY_DEFAULTS.samples),
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31 - 1)
        .default(UNCERTAINTY_DEFAULTS.seed),
      /** Weights are multiplied by 1 + perturbation × u, u uniform in [−1, 1]. */
      perturbation: z.number().min(0.01).max(0.9).default(UNCERTAINTY_DEFAULTS.perturbation),
      /** The choices that vary (the others stay as the methodology has them). */
      factors: z
        .array(z.enum(UNCERTAINTY_FACTORS))
        .min(1)
        .default([...UNCERTAINTY_FACTORS]),
      limit: z.number().int().min(0).max(100_000).default(200),
    }),
    'Uncertainty and sensitivity over methodological choices (normalisation, aggregation, imputation, outlier treatment, weights): per partner the nominal, median and 5–95 % rank and how often it keeps its tier; first- and total-order sensitivity indices. Seeded; progress events (task "uncertainty"); cancel with whatif.cancel.',
  ),
};

export * from './diagnostics-results';
