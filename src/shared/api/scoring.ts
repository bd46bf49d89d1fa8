/**
 * The scoring domain of the API: the KPI library, methodologies and their versions, scores,
 * explanations, snapshots and the audit log.
 */
import { z } from 'zod';
import { method } from './define';
import { methodologyDefinitionSchema, type MethodologyDefinition } from './scoring-methodology';
import type {
  AuditEntry,
  FormulaCheck,
  KpiLibrary,
  MethodologyDetail,
  MethodologySummary,
  PartnerExplanation,
  PublishResult,
  ScorePreview,
  ScoreTable,
  SnapshotInfo,
  SnapshotVerification,
  VersionDiff,
} from './scoring-results';

const id = z.number().int().positive();
const periodKey = z.string().trim().min(1).max(20).optional();

/**
 * Which methodology to score with: an unsaved `definition` (editor preview), else a saved one by
 * id or name (a `version` number, else the newest published, else the draft), else the default.
 */
export const methodologySelectorSchema = z.object({
  methodologyId: id.optional(),
  methodology: z.string().trim().min(1).max(200).optional(),
  version: id.optional(),
  definition: methodologyDefinitionSchema.optional(),
});
export type MethodologySelector = z.infer<typeof methodologySelectorSchema>;

export const scoringApi = {
  'scoring.kpis': method<KpiLibrary>()(
    z.object({}),
    'The KPI library: built-in KPIs with definitions, formula functions and usable measures.',
  ),
  'scoring.checkFormula': method<FormulaCheck>()(
    z.object({ formula: z.string().max(2000) }),
    'Check a custom KPI formula; errors name the position and the unknown measure or function.',
  ),
  'scoring.score': method<ScoreTable>()(
    methodologySelectorSchema.extend({
      period: periodKey,
      detail: z.enum(['summary', 'values', 'full']).default('values'),
      trend: z.boolean().default(false),
    }),
    'Score every partner for a period (default: the latest) with a methodology.',
  ),
  'scoring.preview': method<ScorePreview>()(
    z.object({
      definition: methodologyDefinitionSchema,
      period: periodKey,
      baseline: z.object({ methodologyId: id, version: id.optional() }).optional(),
    }),
    'Score distribution of an unsaved methodology and how tiers would move against a baseline.',
  ),
  'scoring.explain': method<PartnerExplanation>()(
    methodologySelectorSchema.extend({ partnerId: id, period: periodKey }),
    "One partner's score: breakdown per KPI, what it takes to reach the next tier, trend.",
  ),
  'scoring.snapshots': method<SnapshotInfo[]>()(
    z.object({ methodologyId: id.optional() }),
    'Stored score snapshots, newest first.',
  ),
  'scoring.createSnapshot': method<SnapshotInfo>()(
    z.object({ methodologyId: id, version: id.optional(), period: periodKey }),
    'Store the scores of a published version for a period, with the data they came from.',
    { writes: ['methodology'] },
  ),
  'scoring.verifySnapshot': method<SnapshotVerification>()(
    z.object({ snapshotId: id }),
    'Recompute a snapshot from its version and stored input and compare with its results.',
  ),
  'methodology.list': method<MethodologySummary[]>()(
    z.object({}),
    'Methodologies of the workspace (creates "Partner Health v1" on first use).',
  ),
  'methodology.get': method<MethodologyDetail>()(
    z.object({ methodologyId: id.optional(), name: z.string().optional(), version: id.optional() }),
    'A methodology with one version’s definition (default: the draft, else the newest published).',
  ),
  'methodology.defaultDefinition': method<{ name: string; definition: MethodologyDefinition }>()(
    z.object({}),
    'The built-in "Partner Health v1" definition.',
  ),
  'methodology.create': method<MethodologyDetail>()(
    z.object({
      name: z.string().trim().min(1).max(200),
      description: z.string().max(4000).default(''),
      definition: methodologyDefinitionSchema.optional(),
      copyFrom: z.object({ methodologyId: id, version: id.optional() }).optional(),
    }),
    'Create a methodology with a draft version 1 (from a definition, a copy or the default).',
    { writes: ['methodology'] },
  ),
  'methodology.update': method<MethodologyDetail>()(
    z.object({
      methodologyId: id,
      name: z.string().trim().min(1).max(200).optional(),
      description: z.string().max(4000).optional(),
      definition: methodologyDefinitionSchema.optional(),
      note: z.string().max(2000).optional(),
    }),
    'Rename or describe a methodology and/or save its draft (a draft is created when none exists).',
    { writes: ['methodology'] },
  ),
  'methodology.discardDraft': method<MethodologyDetail>()(
    z.object({ methodologyId: id }),
    'Delete the draft version of a methodology.',
    { writes: ['methodology'] },
  ),
  'methodology.publish': method<PublishResult>()(
    z.object({ methodologyId: id, summary: z.string().trim().min(1).max(2000), period: periodKey }),
    'Publish the draft: it becomes immutable; a changelog entry and a score snapshot are stored.',
    { writes: ['methodology'] },
  ),
  'methodology.diff': method<VersionDiff>()(
    z.object({ methodologyId: id, from: id, to: id }),
    'What changed between two versions, in words.',
  ),
  'methodology.audit': method<AuditEntry[]>()(
    z.object({
      methodologyId: id.optional(),
      limit: z.number().int().min(1).max(5000).default(200),
    }),
    'Every methodology change, newest first.',
  ),
};

export * from './scoring-methodology';
export * from './scoring-results';
