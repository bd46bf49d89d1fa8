/** The governance handlers: thin glue between the contract and src/main/core/governance. */
import type { AppContext } from '../app/context';
import {
  assessDraft,
  changeDetail,
  decideChange,
  listChanges,
  proposeChange,
  reassessChange,
  saveNotice,
} from '../governance/change-store';
import { listDecisionLog } from '../governance/decision-log';
import { scoringService } from '../scoring/service/scoring-service';
import type { HandlerMap } from './handler-types';

type GovernanceMethods =
  | 'governance.assessDraft'
  | 'governance.changes'
  | 'governance.change'
  | 'governance.propose'
  | 'governance.assess'
  | 'governance.decide'
  | 'governance.saveNotice'
  | 'governance.log';

function open(ctx: AppContext) {
  const ws = ctx.requireWorkspace();
  return { ws, service: scoringService(ws) };
}

export const governanceHandlers: HandlerMap<GovernanceMethods> = {
  'governance.assessDraft': (args, ctx) => {
    const { ws, service } = open(ctx);
    return assessDraft(ws, service, args);
  },
  'governance.changes': ({ status }, ctx) => listChanges(ctx.requireWorkspace(), status),
  'governance.change': ({ id }, ctx) => changeDetail(ctx.requireWorkspace(), id),
  'governance.propose': (args, ctx) => {
    const { ws, service } = open(ctx);
    return proposeChange(ws, service, args);
  },
  'governance.assess': ({ id, period }, ctx) => {
    const { ws, service } = open(ctx);
    return reassessChange(ws, service, id, period);
  },
  'governance.decide': (args, ctx) => {
    const { ws, service } = open(ctx);
    return decideChange(ws, service, args);
  },
  'governance.saveNotice': ({ id, text }, ctx) => saveNotice(ctx.requireWorkspace(), id, text),
  'governance.log': (args, ctx) => listDecisionLog(ctx.requireWorkspace(), args),
};
