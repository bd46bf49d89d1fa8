/** The what-if and scenario handlers: thin glue between the contract and src/main/core/scenarios. */
import type { AppContext } from '../app/context';
import { cancelJob, finishJob, startJob } from '../app/jobs';
import { compareScenarios } from '../scenarios/compare';
import { publishScenario } from '../scenarios/publish-scenario';
import {
  deleteScenario,
  listScenarios,
  saveScenario,
  scenarioDetail,
} from '../scenarios/scenario-store';
import { runSensitivity } from '../scenarios/sensitivity';
import { whatIfContext } from '../scenarios/whatif-context';
import { runWhatIf } from '../scenarios/whatif-run';
import { scoringService } from '../scoring/service/scoring-service';
import type { HandlerMap } from './handler-types';

type ScenarioMethods =
  | 'whatif.context'
  | 'whatif.run'
  | 'whatif.sensitivity'
  | 'whatif.cancel'
  | 'scenarios.list'
  | 'scenarios.get'
  | 'scenarios.save'
  | 'scenarios.delete'
  | 'scenarios.compare'
  | 'scenarios.publish';

function open(ctx: AppContext) {
  const ws = ctx.requireWorkspace();
  return { ws, service: scoringService(ws) };
}

export const scenariosHandlers: HandlerMap<ScenarioMethods> = {
  'whatif.context': (args, ctx) => {
    const { ws, service } = open(ctx);
    return whatIfContext(ws, service, args);
  },

  'whatif.run': (args, ctx) => {
    const { ws, service } = open(ctx);
    return runWhatIf(ws, service, args);
  },

  'whatif.sensitivity': async (args, ctx) => {
    const { ws, service } = open(ctx);
    const signal = startJob(args.jobId);
    try {
      return await runSensitivity(ws, service, args, {
        signal,
        progress: (event) => ctx.emit('progress', event),
      });
    } finally {
      finishJob(args.jobId, signal);
    }
  },

  'whatif.cancel': ({ jobId }) => ({ cancelled: cancelJob(jobId) }),

  'scenarios.list': ({ methodologyId }, ctx) => listScenarios(open(ctx).ws, methodologyId),

  'scenarios.get': ({ scenarioId }, ctx) => scenarioDetail(open(ctx).ws, scenarioId),

  'scenarios.save': (args, ctx) => {
    const { ws, service } = open(ctx);
    return saveScenario(ws, service, args);
  },

  'scenarios.delete': ({ scenarioId }, ctx) => {
    const { ws } = open(ctx);
    return { deleted: deleteScenario(ws, scenarioId) };
  },

  'scenarios.compare': (args, ctx) => {
    const { ws, service } = open(ctx);
    return compareScenarios(ws, service, args);
  },

  'scenarios.publish': (args, ctx) => {
    const { ws, service } = open(ctx);
    return publishScenario(ws, service, args);
  },
};
