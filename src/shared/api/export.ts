/**
 * The export domain of the API: the partner-safe scorecard the print layout reads, PDF
 * scorecards (one, or a batch into a folder with progress and cancel), the PPTX QBR deck and
 * data exports of scores and KPIs (CSV, XLSX, Arrow).
 */
import { z } from 'zod';
import { method } from './define';
import type { BatchFilters, BatchResult, ExportFile, ScorecardData } from './export-results';

const id = z.number().int().positive();
const partnerKey = z.string().trim().min(1).max(200);

/** Which scores: a saved methodology (and version) and a period; defaults: the usual ones. */
const selection = {
  period: z.string().trim().min(1).max(20).optional(),
  methodologyId: id.optional(),
  version: id.optional(),
};

export const PAPER_SIZES = ['a4', 'letter'] as const;
export const SCORECARD_VARIANTS = ['partner', 'internal'] as const;
export const DATA_TABLES = ['scores', 'kpis'] as const;
export const DATA_FORMATS = ['csv', 'xlsx', 'arrow'] as const;

/** An absolute path to write to; the backend refuses other extensions than the format's. */
const outPath = z.string().trim().min(1).max(4000);

export const scorecardRequestSchema = z.object({
  partner: partnerKey,
  ...selection,
  variant: z.enum(SCORECARD_VARIANTS).default('partner'),
});

export const batchFilterSchema = z
  .object({
    all: z.boolean().optional(),
    partners: z.array(partnerKey).max(200_000).optional(),
    region: z.string().trim().min(1).max(200).optional(),
    /** Program tier (the partner's contractual tier). */
    tier: z.string().trim().min(1).max(200).optional(),
    manager: z.string().trim().min(1).max(200).optional(),
  })
  .refine(
    (f) => f.all || f.partners?.length || f.region || f.tier || f.manager,
    'choose partners, a region, a tier, a manager or all partners',
  );
export type BatchFilter = z.infer<typeof batchFilterSchema>;

export const exportApi = {
  'export.scorecard': method<ScorecardData>()(
    scorecardRequestSchema,
    "A partner-safe scorecard: that partner's own data and anonymised peer aggregates only.",
  ),
  'export.scorecardPdf': method<ExportFile>()(
    scorecardRequestSchema.extend({
      paper: z.enum(PAPER_SIZES).default('a4'),
      outFile: outPath.optional(),
    }),
    'Print one scorecard to PDF (written to outFile, else returned inline).',
  ),
  'export.batchFilters': method<BatchFilters>()(
    z.object({}),
    'Regions, program tiers and account managers to choose a batch of scorecards by.',
  ),
  'export.scorecardBatch': method<BatchResult>()(
    z.object({
      jobId: z.string().trim().min(1).max(100),
      filter: batchFilterSchema,
      ...selection,
      variant: z.enum(SCORECARD_VARIANTS).default('partner'),
      paper: z.enum(PAPER_SIZES).default('a4'),
      outDir: outPath,
    }),
    'Scorecard PDFs for a filter into a folder, with an index.csv; progress events; cancellable.',
  ),
  'export.cancel': method<{ cancelled: boolean }>()(
    z.object({ jobId: z.string().trim().min(1).max(100) }),
    'Cancel a running batch export (files already written stay, listed in its index).',
  ),
  'export.qbrDeck': method<ExportFile>()(
    scorecardRequestSchema.extend({ outFile: outPath.optional() }),
    'The QBR deck of one partner as PPTX: editable text and native charts.',
  ),
  'export.data': method<ExportFile>()(
    z.object({
      table: z.enum(DATA_TABLES),
      format: z.enum(DATA_FORMATS),
      ...selection,
      filter: batchFilterSchema.optional(),
      outFile: outPath.optional(),
    }),
    'Scores (one row per partner) or KPIs (one row per partner and KPI) as CSV, XLSX or Arrow.',
  ),
};

export * from './export-results';
export * from './export-routes';
