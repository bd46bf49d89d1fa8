/** The QBR domain's handlers: glue between the contract and src/main/core/qbr. */
import { warmPrinter } from '../export/pdf/scorecard-pdf';
import { partnerDetails } from '../export/scorecard/resolve-partner';
import { scorecardFacts } from '../export/scorecard/scorecard-facts';
import { addAction, deleteAction, listActions, updateAction } from '../qbr/action-store';
import { defaultAgenda } from '../qbr/default-agenda';
import { draftedHighlights } from '../qbr/drafted-highlights';
import { qbrOverview } from '../qbr/overview';
import { findReview, saveReview } from '../qbr/review-store';
import { qbrWorkspace, storedReview } from '../qbr/qbr-workspace';
import { freezeBaseline } from '../improvement/backlog';
import type { HandlerMap } from './handler-types';

type QbrMethods =
  | 'qbr.overview'
  | 'qbr.get'
  | 'qbr.save'
  | 'qbr.actions'
  | 'qbr.addAction'
  | 'qbr.updateAction'
  | 'qbr.deleteAction';

export const qbrHandlers: HandlerMap<QbrMethods> = {
  'qbr.overview': ({ search, limit }, ctx) => qbrOverview(ctx.requireWorkspace(), search, limit),

  'qbr.get': ({ partner, ...selection }, ctx) => {
    warmPrinter(ctx);
    return qbrWorkspace(ctx.requireWorkspace(), partner, selection);
  },

  'qbr.save': ({ partner, period, ...patch }, ctx) => {
    const ws = ctx.requireWorkspace();
    const details = partnerDetails(ws.sqlite, partner);
    let initial: Parameters<typeof saveReview>[4] = { agenda: [], highlights: [] };
    if (!findReview(ws, details.id, period)) {
      // A new review starts from the drafts (this also checks that the period exists).
      const facts = scorecardFacts(ws, partner, { period });
      initial = {
        agenda: defaultAgenda(facts.numbers),
        highlights: draftedHighlights(ws, facts, true),
      };
    }
    return storedReview(details.externalId, saveReview(ws, details.id, period, patch, initial));
  },

  'qbr.actions': ({ status, partner, owner }, ctx) => {
    const ws = ctx.requireWorkspace();
    const partnerId = partner ? partnerDetails(ws.sqlite, partner).id : undefined;
    return listActions(ws, { status, partnerId, owner });
  },

  'qbr.addAction': ({ partner, period, ...fields }, ctx) => {
    const ws = ctx.requireWorkspace();
    const { id: partnerId } = partnerDetails(ws.sqlite, partner);
    const review = period ? findReview(ws, partnerId, period) : null;
    return addAction(ws, {
      ...fields,
      partnerId,
      periodKey: period ?? null,
      reviewId: review?.id ?? null,
      // The same records as the improvement backlog: a KPI's value is frozen as the baseline.
      ...freezeBaseline(ws, partnerId, fields.kpiKey),
    });
  },

  'qbr.updateAction': ({ id, ...patch }, ctx) => updateAction(ctx.requireWorkspace(), id, patch),

  'qbr.deleteAction': ({ id }, ctx) => {
    deleteAction(ctx.requireWorkspace(), id);
    return null;
  },
};
