/**
 * The QBR domain of the API: one review per partner and quarter (agenda, highlights, notes,
 * meeting date) and the improvement actions agreed with partners.
 */
import { z } from 'zod';
import { method } from './define';
import { ACTION_STATUSES, HIGHLIGHT_KINDS } from './qbr-results';
import type { QbrAction, QbrOverview, QbrReview, QbrWorkspace } from './qbr-results';

const id = z.number().int().positive();
const partnerKey = z.string().trim().min(1).max(200);
const periodKey = z.string().trim().min(1).max(20);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as yyyy-mm-dd');

const highlightSchema = z.object({
  kind: z.enum(HIGHLIGHT_KINDS),
  text: z.string().trim().min(1).max(2000),
  internal: z.boolean().default(false),
});

export const qbrApi = {
  'qbr.overview': method<QbrOverview>()(
    z.object({
      search: z.string().trim().max(200).default(''),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    'Saved reviews, newest first, and partners matching a search, for the QBR start page.',
  ),
  'qbr.get': method<QbrWorkspace>()(
    z.object({
      partner: partnerKey,
      period: periodKey.optional(),
      methodologyId: id.optional(),
      version: id.optional(),
    }),
    "A partner's QBR for a quarter: the saved review (or a draft), drafted highlights, actions.",
  ),
  'qbr.save': method<QbrReview>()(
    z.object({
      partner: partnerKey,
      period: periodKey,
      meetingDate: isoDate.nullable().optional(),
      agenda: z.array(z.string().trim().min(1).max(500)).max(50).optional(),
      highlights: z.array(highlightSchema).max(50).optional(),
      notes: z.string().max(20_000).optional(),
    }),
    'Save (create or update) the review of a partner and quarter.',
    { writes: ['qbr'] },
  ),
  'qbr.actions': method<QbrAction[]>()(
    z.object({
      status: z.enum(['open', 'done', 'all']).default('open'),
      partner: partnerKey.optional(),
      owner: z.string().trim().max(200).optional(),
    }),
    'Improvement actions across partners, due date first ("open" includes in progress).',
  ),
  'qbr.addAction': method<QbrAction>()(
    z.object({
      partner: partnerKey,
      period: periodKey.optional(),
      title: z.string().trim().min(1).max(500),
      owner: z.string().trim().max(200).default(''),
      dueDate: isoDate.nullable().default(null),
      successCriterion: z.string().trim().max(1000).default(''),
      kpiKey: z.string().trim().max(100).nullable().default(null),
    }),
    'Agree an improvement action with a partner (owner, due date, success criterion).',
    { writes: ['qbr'] },
  ),
  'qbr.updateAction': method<QbrAction>()(
    z.object({
      id,
      title: z.string().trim().min(1).max(500).optional(),
      owner: z.string().trim().max(200).optional(),
      dueDate: isoDate.nullable().optional(),
      status: z.enum(ACTION_STATUSES).optional(),
      successCriterion: z.string().trim().max(1000).optional(),
    }),
    'Change an action: its text, owner, due date or status (done records when).',
    { writes: ['qbr'] },
  ),
  'qbr.deleteAction': method<null>()(z.object({ id }), 'Delete an action.', { writes: ['qbr'] }),
};

export * from './qbr-results';
