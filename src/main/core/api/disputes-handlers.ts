/** The disputes domain's handlers: thin glue between the contract and src/main/core/disputes. */
import {
  approveCorrection,
  listCorrections,
  rejectCorrection,
  requestCorrection,
} from '../disputes/correction-store';
import { listDisputes, openDispute, setDisputeStatus } from '../disputes/dispute-store';
import { scoringService } from '../scoring/service/scoring-service';
import type { HandlerMap } from './handler-types';

type DisputesMethods =
  | 'disputes.list'
  | 'disputes.open'
  | 'disputes.setStatus'
  | 'disputes.corrections'
  | 'disputes.requestCorrection'
  | 'disputes.approveCorrection'
  | 'disputes.rejectCorrection';

export const disputesHandlers: HandlerMap<DisputesMethods> = {
  'disputes.list': (args, ctx) => listDisputes(ctx.requireWorkspace(), args),
  // Disputes and pending corrections are not scoring data: the engine keeps its dataset.
  'disputes.open': (args, ctx) => {
    const ws = ctx.requireWorkspace();
    return scoringService(ws).ownWrites(() => openDispute(ws, args));
  },
  'disputes.setStatus': (args, ctx) => {
    const ws = ctx.requireWorkspace();
    return scoringService(ws).ownWrites(() => setDisputeStatus(ws, args));
  },
  'disputes.corrections': (args, ctx) => listCorrections(ctx.requireWorkspace(), args),
  'disputes.requestCorrection': (args, ctx) => {
    const ws = ctx.requireWorkspace();
    return scoringService(ws).ownWrites(() => requestCorrection(ws, args));
  },
  // An approval changes what the engine scores, so it reloads (see correction-overlay.ts).
  'disputes.approveCorrection': (args, ctx) => approveCorrection(ctx.requireWorkspace(), args),
  'disputes.rejectCorrection': (args, ctx) => {
    const ws = ctx.requireWorkspace();
    return scoringService(ws).ownWrites(() => rejectCorrection(ws, args));
  },
};
