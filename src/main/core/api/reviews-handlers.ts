/** The review-cadence handlers: thin glue between the contract and src/main/core/reviews. */
import type { AppContext } from '../app/context';
import {
  currentEscalations,
  escalationSettings,
  raiseEscalationAlerts,
  saveEscalationSettings,
} from '../reviews/escalation';
import {
  createReview,
  getReview,
  listReviews,
  recomputeReview,
  searchReviews,
  updateReview,
} from '../reviews/review-store';
import { scoringService } from '../scoring/service/scoring-service';
import type { HandlerMap } from './handler-types';

type ReviewsMethods =
  | 'reviews.list'
  | 'reviews.get'
  | 'reviews.create'
  | 'reviews.update'
  | 'reviews.recompute'
  | 'reviews.search'
  | 'reviews.escalationSettings'
  | 'reviews.saveEscalationSettings'
  | 'reviews.escalations'
  | 'reviews.escalate';

function open(ctx: AppContext) {
  const ws = ctx.requireWorkspace();
  return { ws, service: scoringService(ws) };
}

const today = () => new Date().toISOString().slice(0, 10);

export const reviewsHandlers: HandlerMap<ReviewsMethods> = {
  'reviews.list': ({ cadence }, ctx) => listReviews(ctx.requireWorkspace(), cadence),
  'reviews.get': ({ id }, ctx) => getReview(ctx.requireWorkspace(), id),
  'reviews.create': (args, ctx) => {
    const { ws, service } = open(ctx);
    return createReview(ws, service, args);
  },
  'reviews.update': (args, ctx) => updateReview(ctx.requireWorkspace(), args),
  'reviews.recompute': ({ id }, ctx) => {
    const { ws, service } = open(ctx);
    return recomputeReview(ws, service, id);
  },
  'reviews.search': ({ query }, ctx) => searchReviews(ctx.requireWorkspace(), query),
  'reviews.escalationSettings': (_args, ctx) => escalationSettings(ctx.requireWorkspace()),
  'reviews.saveEscalationSettings': (args, ctx) =>
    saveEscalationSettings(ctx.requireWorkspace(), args),
  'reviews.escalations': ({ asOf }, ctx) =>
    currentEscalations(ctx.requireWorkspace(), asOf ?? today()),
  'reviews.escalate': ({ asOf }, ctx) => {
    const { ws, service } = open(ctx);
    const escalations = currentEscalations(ws, asOf ?? today());
    const { dataset } = service.load();
    const raised = raiseEscalationAlerts(ws, escalations, dataset.periods.at(-1)?.key ?? '');
    return { raised, escalations };
  },
};
