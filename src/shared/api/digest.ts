/**
 * The monthly digest (issue #15, item 8): what happened in a period for the whole program, a
 * region, a manager, or one partner (partner-safe: no other partner's name or figure), as data
 * for the print layout, as Markdown and as PDF.
 */
import { z } from 'zod';
import { method } from './define';
import type { ExportFile } from './export-results';

export const DIGEST_FORMATS = ['pdf', 'md'] as const;
export type DigestFormat = (typeof DIGEST_FORMATS)[number];

export const digestScopeSchema = z
  .object({
    period: z.string().trim().min(1).max(20).optional(),
    region: z.string().trim().min(1).max(200).optional(),
    manager: z.string().trim().min(1).max(200).optional(),
    partner: z.string().trim().min(1).max(200).optional(),
  })
  .refine((s) => [s.region, s.manager, s.partner].filter((x) => x !== undefined).length <= 1, {
    message: 'choose at most one of region, manager or partner',
  });
export type DigestScope = z.infer<typeof digestScopeSchema>;

export interface DigestTierMove {
  externalId: string;
  name: string;
  from: string | null;
  to: string | null;
  scoreFrom: number | null;
  scoreTo: number | null;
  direction: 'up' | 'down';
}

export interface DigestKpiLine {
  kpi: string;
  name: string;
  unit: string;
  /** Median (program/region/manager) or the partner's own value. */
  baseline: number | null;
  current: number | null;
  change: number | null;
}

/** A QBR action; for the partner variant `partner` is null. */
export interface DigestAction {
  partner: string | null;
  title: string;
  owner: string;
  dueDate: string | null;
  status: string;
  completedAt: string | null;
  /** The KPI the action targets, its value when the action was agreed and in the period. */
  kpi: string | null;
  kpiUnit: string | null;
  kpiBaseline: number | null;
  kpiNow: number | null;
}

export interface DigestData {
  kind: 'program' | 'region' | 'manager' | 'partner';
  /** "Whole program", "Region EMEA", "Manager Ana Ruiz", or the partner's name. */
  scopeLabel: string;
  partnerSafe: boolean;
  period: { key: string; label: string; startDate: string; endDate: string };
  baselinePeriod: { key: string; label: string } | null;
  methodology: string;
  generatedAt: string;
  partners: number;
  summary: string[];
  tierMoves: DigestTierMove[];
  /** Partner-scope only: the partner's own tier now and at the baseline. */
  ownTier: {
    from: string | null;
    to: string | null;
    scoreFrom: number | null;
    scoreTo: number | null;
  } | null;
  kpis: DigestKpiLine[];
  actionsCompleted: DigestAction[];
  actionsOverdue: DigestAction[];
  actionsUpcoming: DigestAction[];
  methodologyChanges: { version: number; date: string; summary: string; changes: string[] }[];
  disputes: {
    opened: {
      id: number;
      partner: string | null;
      figure: string;
      status: string;
      openedAt: string;
    }[];
    resolved: {
      id: number;
      partner: string | null;
      figure: string;
      status: string;
      resolvedAt: string;
      resolution: string;
    }[];
    corrections: {
      partner: string | null;
      figure: string;
      unit: string;
      from: number | null;
      to: number;
      approvedBy: string;
    }[];
  };
}

export const digestApi = {
  'digest.build': method<DigestData>()(
    digestScopeSchema,
    'The digest of a period (the latest by default) for the program, a region, a manager or one partner (partner-safe).',
  ),
  'digest.export': method<ExportFile>()(
    z
      .object({
        period: z.string().trim().min(1).max(20).optional(),
        region: z.string().trim().min(1).max(200).optional(),
        manager: z.string().trim().min(1).max(200).optional(),
        partner: z.string().trim().min(1).max(200).optional(),
        format: z.enum(DIGEST_FORMATS),
        outFile: z.string().trim().min(1).max(4000).optional(),
      })
      .refine((s) => [s.region, s.manager, s.partner].filter((x) => x !== undefined).length <= 1, {
        message: 'choose at most one of region, manager or partner',
      }),
    'Write the digest as PDF (print layout) or Markdown (to outFile, else returned inline).',
  ),
};
