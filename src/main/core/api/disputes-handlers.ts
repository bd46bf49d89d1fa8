/**
 * The disputes domain's handlers: thin glue between the contract and src/main/core/disputes.
 * Disputes and pending or rejected corrections are not scoring data and leave the data revision
 * alone; an approval moves it (the engine then scores the corrected value).
 */
import {
  approveCorrection,
  listCorrections,
  rejectCorrection,
  requestCorrection,
} from '../disputes/correction-store';
import { listDisputes, openDispute, setDisputeStatus } from '../disputes/dispute-store';
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
  'disputes.open': (args, ctx) => openDispute(ctx.requireWorkspace(), args),
  'disputes.setStatus': (args, ctx) => setDisputeStatus(ctx.requireWorkspace(), args),
  'disputes.corrections': (args, ctx) => listCorrections(ctx.requireWorkspace(), args),
  'disputes.requestCorrection': (args, ctx) => requestCorrection(ctx.requireWorkspace(), args),
  'disputes.approveCorrection': (args, ctx) => approveCorrection(ctx.requireWorkspace(), args),
  'disputes.rejectCorrection': (args, ctx) => rejectCorrection(ctx.requireWorkspace(), args),
};
