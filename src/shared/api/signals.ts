/**
 * The qualitative-signals domain of the API: partner survey results (CSAT and NPS answers with
 * comments) and field-visit notes per partner and period, imported from CSV, shown beside the KPIs
 * on the partner and QBR pages, searchable, and undoable per import.
 */
import { z } from 'zod';
import { method } from './define';

export const SIGNAL_KINDS = ['survey', 'visit'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export interface SignalImportError {
  file: string;
  row: number;
  column: string;
  message: string;
}

export interface SignalImportResult {
  fileName: string;
  kind: SignalKind;
  /** Data rows read (blank rows skipped). */
  rows: number;
  imported: number;
  /** The import's id (null on a dry run or when refused). */
  importId: number | null;
  /** Surveys: the CSAT scale used (5-point or 0–100), detected unless given. */
  csatScale: 5 | 100 | null;
  errors: SignalImportError[];
}

export interface SignalImportInfo {
  id: number;
  kind: SignalKind;
  fileName: string;
  rows: number;
  importedAt: string;
}

export interface SurveyResponse {
  id: number;
  date: string | null;
  respondent: string;
  csat: number | null;
  nps: number | null;
  comment: string;
}

export interface FieldVisit {
  id: number;
  date: string | null;
  visitor: string;
  notes: string;
}

/** One partner's signals in one period. */
export interface PartnerSignalPeriod {
  period: string;
  responses: number;
  /** Mean CSAT on its scale (csatScale), null without a CSAT answer. */
  csatMean: number | null;
  csatScale: 5 | 100 | null;
  /** Net promoter score (−100…100) from the 0–10 answers: % promoters (9–10) − % detractors (0–6). */
  nps: number | null;
  npsAnswers: number;
  surveys: SurveyResponse[];
  visits: FieldVisit[];
}

export interface PartnerSignals {
  partnerId: number;
  externalId: string;
  name: string;
  /** Newest period first. */
  periods: PartnerSignalPeriod[];
}

export interface SignalSearchHit {
  kind: SignalKind;
  id: number;
  partnerId: number;
  externalId: string;
  partnerName: string;
  period: string;
  date: string | null;
  who: string;
  text: string;
  csat: number | null;
  nps: number | null;
}

const text = (max: number) => z.string().trim().max(max);

export const signalsApi = {
  'signals.import': method<SignalImportResult>()(
    z
      .object({
        kind: z.enum(SIGNAL_KINDS),
        fileName: text(500).min(1),
        /** The file as text… */
        csv: z.string().max(50_000_000).optional(),
        /** …or as its bytes (base64): the encoding (UTF-8, UTF-16, Windows-1252) is detected. */
        base64: z.string().max(70_000_000).optional(),
        /** Surveys: CSAT answers on a 5-point or 0–100 scale (auto: 5-point when all are 1–5). */
        csatScale: z.enum(['auto', '5', '100']).default('auto'),
        dryRun: z.boolean().default(false),
      })
      .refine((x) => (x.csv === undefined) !== (x.base64 === undefined), {
        message: 'give the file as csv text or as base64 bytes',
      }),
    'Import survey results (partner, period or date, csat and/or nps, comment) or field-visit notes (partner, period or date, visitor, notes) from CSV; nothing is written when a row is wrong.',
    { writes: ['signals'] },
  ),
  'signals.imports': method<SignalImportInfo[]>()(z.object({}), 'Signal imports, newest first.'),
  'signals.undoImport': method<{ removed: number }>()(
    z.object({ id: z.number().int().positive() }),
    'Remove everything one signal import brought in.',
    { writes: ['signals'] },
  ),
  'signals.partner': method<PartnerSignals>()(
    z.object({
      partner: text(200).min(1),
      /** Only this period and the ones before it. */
      upTo: text(20).min(1).optional(),
      periods: z.number().int().min(1).max(40).default(4),
    }),
    'One partner’s survey results and field-visit notes, per period (newest first).',
  ),
  'signals.search': method<SignalSearchHit[]>()(
    z.object({
      query: text(200).default(''),
      kind: z.enum(SIGNAL_KINDS).optional(),
      period: text(20).min(1).optional(),
      limit: z.number().int().min(1).max(1000).default(100),
    }),
    'Search comments and visit notes (newest first).',
  ),
};
