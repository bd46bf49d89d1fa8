import { existsSync } from 'node:fs';
import type { DemoOptions } from '../../../shared/api';
import type { AppContext } from '../app/context';
import { generateDemoInSteps } from '../demo/generate-demo';
import { generateMdfDemo, MDF_DEMO_MAX_PARTNERS } from '../demo/mdf-demo';
import { generateDisputeDemo } from '../demo/dispute-demo';
import { generateImprovementDemo, IMPROVEMENT_DEMO_MAX_PARTNERS } from '../demo/improvement-demo';
import { generateProgramHistoryDemo } from '../demo/program-history-demo';
import { dataOverview } from '../workspace/overview';
import { Workspace } from '../workspace/workspace';
import type { HandlerMap } from './handler-types';
import { bumpDataRevision } from '../workspace/data-revision';

type WorkspaceMethods =
  | 'workspace.current'
  | 'workspace.open'
  | 'workspace.create'
  | 'workspace.openDemo'
  | 'workspace.close'
  | 'workspace.recent'
  | 'workspace.overview'
  | 'workspace.updateSettings';

/** Demo workspaces being generated, by path: a second request for one waits for the first. */
const generating = new Map<string, Promise<Workspace>>();

/**
 * Creates a workspace filled with seeded demo data, reporting progress as events while it is
 * generated (the event loop runs between steps; no one else sees the file until it is done).
 */
export function createDemoWorkspace(
  ctx: AppContext,
  path: string,
  demo: DemoOptions,
  overwrite: boolean,
): Promise<Workspace> {
  const running = generating.get(path);
  if (running) return running;
  const work = (async () => {
    const ws = Workspace.create(path, overwrite);
    try {
      await generateDemoInSteps(ws, demo, (p) =>
        ctx.emit('progress', { task: 'demo', label: p.label, done: p.done, total: p.total }),
      );
      // MDF plans and claims; skipped for very large demos, where proposing takes seconds.
      if (demo.partners <= MDF_DEMO_MAX_PARTNERS) {
        ctx.emit('progress', {
          task: 'demo',
          label: 'Adding MDF plans and the program history',
          done: 0,
          total: 1,
        });
      }
      if (demo.partners <= MDF_DEMO_MAX_PARTNERS) generateMdfDemo(ws, demo.seed);
      // A dispute resolved by an approved correction, and one waiting for review.
      if (demo.partners <= MDF_DEMO_MAX_PARTNERS) generateDisputeDemo(ws, demo.seed);
      // A history of improvement issues and actions with baselines in earlier quarters.
      if (demo.partners <= IMPROVEMENT_DEMO_MAX_PARTNERS) generateImprovementDemo(ws, demo.seed);
      // Program history: a decided program change, survey answers and visit notes, a review.
      if (demo.partners <= MDF_DEMO_MAX_PARTNERS) generateProgramHistoryDemo(ws, demo.seed);
      ctx.emit('progress', {
        task: 'demo',
        label: 'Demo workspace ready',
        done: 1,
        total: 1,
        finished: true,
      });
    } catch (error) {
      ws.close();
      throw error;
    }
    return ws;
  })().finally(() => generating.delete(path));
  generating.set(path, work);
  return work;
}

export const workspaceHandlers: HandlerMap<WorkspaceMethods> = {
  'workspace.current': (_args, ctx) => ctx.workspace?.info() ?? null,

  'workspace.open': ({ path }, ctx) => {
    const ws = Workspace.open(path);
    ctx.setWorkspace(ws);
    return ws.info();
  },

  'workspace.create': async ({ path, demo, overwrite }, ctx) => {
    const ws = demo
      ? await createDemoWorkspace(ctx, path, demo, overwrite)
      : Workspace.create(path, overwrite);
    ctx.setWorkspace(ws);
    return ws.info();
  },

  'workspace.openDemo': async (_args, ctx) => {
    const path = ctx.demoPath;
    if (ctx.workspace?.path === path) return ctx.workspace.info();
    const ws = generating.has(path)
      ? await generating.get(path)!
      : existsSync(path)
        ? Workspace.open(path)
        : await createDemoWorkspace(ctx, path, { partners: 300, quarters: 8, seed: 42 }, true);
    ctx.setWorkspace(ws);
    return ws.info();
  },

  'workspace.close': (_args, ctx) => {
    ctx.setWorkspace(null);
    return null;
  },

  'workspace.recent': (_args, ctx) => ctx.recent.list(),

  'workspace.overview': (_args, ctx) => dataOverview(ctx.requireWorkspace()),

  'workspace.updateSettings': (args, ctx) => {
    const ws = ctx.requireWorkspace();
    if (args.name !== undefined) ws.setSetting('name', args.name);
    if (
      args.fiscalYearStartMonth !== undefined &&
      args.fiscalYearStartMonth !== ws.getSetting('fiscalYearStartMonth', 1)
    ) {
      // Periods are re-labelled by the fiscal year: that is a data change.
      ws.sqlite.transaction(() => {
        ws.setSetting('fiscalYearStartMonth', args.fiscalYearStartMonth);
        bumpDataRevision(ws.sqlite);
      })();
    }
    const info = ws.info();
    ctx.emit('workspace.changed', { workspace: info });
    return info;
  },
};
