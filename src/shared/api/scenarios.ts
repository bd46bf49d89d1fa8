/**
 * The what-if domain of the API: score an unsaved weighting against a baseline methodology
 * (tier migration, movers and the KPI that moved them, distributions, revenue and MDF exposed),
 * stress-test it (seeded weight perturbation), keep named scenarios, compare up to three, and
 * publish one as the next version of its methodology.
 */
import { z } from 'zod';
import { method } from './define';
import { methodologyDefinitionSchema } from './scoring-methodology';
import type {
  ScenarioComparison,
  ScenarioDetail,
  ScenarioPublishResult,
  ScenarioSummary,
  SensitivityResult,
  WhatIfContext,
  WhatIfResult,
} from './scenarios-results';

const id = z.number().int().positive();
const periodKey = z.string().trim().min(1).max(20).optional();
const jobId = z.string().trim().min(1).max(100);

/**
 * Where a scenario's weights apply: everyone (null) or only the partners of one region or type.
 * A scoped scenario leaves the baseline as it is and adds a weight profile for the scope (first
 * in the list, so it wins); only its weights count then, not its tiers or normalisers.
 */
export const scenarioScopeSchema = z.object({
  dimension: z.enum(['region', 'type']),
  value: z.string().trim().min(1).max(200),
});
export type ScenarioScope = z.infer<typeof scenarioScopeSchema>;

/** The methodology a scenario is compared with: a version (default: newest published, else draft). */
export const scenarioBaselineSchema = z.object({ methodologyId: id, version: id.optional() });
export type ScenarioBaseline = z.infer<typeof scenarioBaselineSchema>;

/** An unsaved scenario: the weighting being tried, against which baseline, for whom. */
export const scenarioInputSchema = z.object({
  /** Default: the workspace's default methodology ("Partner Health v1"), newest published. */
  baseline: scenarioBaselineSchema.optional(),
  definition: methodologyDefinitionSchema,
  scope: scenarioScopeSchema.nullable().default(null),
  period: periodKey,
});
export type ScenarioInput = z.input<typeof scenarioInputSchema>;

export const SENSITIVITY_DEFAULTS = {
  perturbation: 0.2,
  samples: 500,
  seed: 1,
  knifeEdgeBelow: 0.8,
} as const;

export const scenariosApi = {
  'whatif.context': method<WhatIfContext>()(
    z.object({ methodologyId: id.optional(), version: id.optional() }),
    'What the What-if page starts from: the baseline methodology and its definition, the KPIs, regions, partner types and periods.',
  ),
  'whatif.run': method<WhatIfResult>()(
    scenarioInputSchema.extend({
      /** Partners listed per direction (moving up, moving down). */
      movers: z.number().int().min(0).max(500).default(25),
    }),
    'Score a weighting against its baseline: tier migration matrix, movers with rank change and the KPI that drove the move, distributions before and after, revenue and MDF exposure.',
  ),
  'whatif.sensitivity': method<SensitivityResult>()(
    scenarioInputSchema.extend({
      jobId,
      /** Each weight is multiplied by 1 + perturbation × u, u uniform in [−1, 1]. */
      perturbation: z.number().min(0.01).max(0.9).default(SENSITIVITY_DEFAULTS.perturbation),
      samples: z.number().int().min(10).max(10_000).default(SENSITIVITY_DEFAULTS.samples),
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31 - 1)
        .default(SENSITIVITY_DEFAULTS.seed),
      /** A partner keeping its tier in fewer than this share of the samples is on a knife-edge. */
      knifeEdgeBelow: z.number().min(0).max(1).default(SENSITIVITY_DEFAULTS.knifeEdgeBelow),
      limit: z.number().int().min(0).max(1000).default(50),
    }),
    'Perturb every weight at random (± perturbation, N samples, seeded) and report each tier’s stability and the partners on a knife-edge; progress events (task "sensitivity"); cancellable.',
  ),
  'whatif.cancel': method<{ cancelled: boolean }>()(
    z.object({ jobId }),
    'Cancel a running sensitivity analysis (its result then says how many samples were done).',
  ),
  'scenarios.list': method<ScenarioSummary[]>()(
    z.object({ methodologyId: id.optional() }),
    'Saved scenarios, newest first.',
  ),
  'scenarios.get': method<ScenarioDetail>()(
    z.object({ scenarioId: id }),
    'One saved scenario with its definition.',
  ),
  'scenarios.save': method<ScenarioDetail>()(
    z.object({
      /** Overwrite this scenario; without it a new one is created. */
      scenarioId: id.optional(),
      name: z.string().trim().min(1).max(120),
      note: z.string().max(4000).default(''),
      baseline: scenarioBaselineSchema,
      definition: methodologyDefinitionSchema,
      scope: scenarioScopeSchema.nullable().default(null),
    }),
    'Save a named scenario (names are unique in a workspace).',
    { writes: ['scenarios'] },
  ),
  'scenarios.delete': method<{ deleted: boolean }>()(
    z.object({ scenarioId: id }),
    'Delete a saved scenario.',
    { writes: ['scenarios'] },
  ),
  'scenarios.compare': method<ScenarioComparison>()(
    z.object({ scenarioIds: z.array(id).min(1).max(3), period: periodKey }),
    'Up to three saved scenarios side by side: tier counts, moves and exposure against each baseline, KPI shares, and the partners whose tier differs between them.',
  ),
  'scenarios.publish': method<ScenarioPublishResult>()(
    z.object({
      scenarioId: id,
      /** Required: what changed and why, for the methodology's changelog. */
      changelog: z.string().trim().min(1, 'a changelog text is required').max(2000),
      period: periodKey,
      /** Replace an unpublished draft of the methodology that differs from the scenario. */
      replaceDraft: z.boolean().default(false),
      /**
       * Publish although a newer version was published after the scenario was saved (its
       * definition would undo that version's changes).
       */
      allowOutdatedBaseline: z.boolean().default(false),
    }),
    'Publish a saved scenario as the next version of its baseline methodology (immutable, with changelog and score snapshot).',
    { writes: ['scenarios', 'methodology'] },
  ),
};

export * from './scenarios-results';
