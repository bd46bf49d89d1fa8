/** The diagnostics handlers: glue between the contract and src/main/core/scoring/{diagnostics,uncertainty}. */
import type { AppContext } from '../app/context';
import { finishJob, startJob } from '../app/jobs';
import { methodologyDiagnostics } from '../scoring/diagnostics/methodology-diagnostics';
import { scoringService } from '../scoring/service/scoring-service';
import { canonicalJson } from '../scoring/versions/canonical-json';
import { runUncertaintyJob } from '../scoring/uncertainty/uncertainty-job';
import { resolveMethodology } from '../scoring/views/resolve-methodology';
import type { HandlerMap } from './handler-types';

type DiagnosticsMethods = 'diagnostics.get' | 'whatif.uncertainty';

function open(ctx: AppContext) {
  const ws = ctx.requireWorkspace();
  return { ws, service: scoringService(ws) };
}

export const diagnosticsHandlers: HandlerMap<DiagnosticsMethods> = {
  'diagnostics.get': (args, ctx) => {
    const started = performance.now();
    const { ws, service } = open(ctx);
    const resolved = resolveMethodology(ws, service, args);
    const t = service.periodIndex(args.period);
    const key = `${t}|${args.target}|${args.redundantAt}|${canonicalJson(resolved.ref)}|${canonicalJson(resolved.definition)}`;
    // Kept while the data stays the same (the service drops its memos when it changes).
    const result = service.memo(
      'diagnostics',
      key,
      () => {
        const plan = service.plan(resolved.definition);
        const { structural } = service.score(plan, t, false);
        return methodologyDiagnostics(plan, structural, resolved.ref, args);
      },
      8,
    );
    return { ...result, ms: performance.now() - started };
  },

  'whatif.uncertainty': async (args, ctx) => {
    const { ws, service } = open(ctx);
    const signal = startJob(args.jobId);
    try {
      return await runUncertaintyJob(ws, service, args, {
        signal,
        progress: (event) => ctx.emit('progress', event),
      });
    } finally {
      finishJob(args.jobId, signal);
    }
  },
};
