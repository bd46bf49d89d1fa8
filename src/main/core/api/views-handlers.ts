/** The views domain's handlers: glue between the contract and src/main/core/views. */
import type { AppContext } from '../app/context';
import { exportTable } from '../views/export-table';
import { partnerPage } from '../views/partner-page';
import { deleteView, saveView, savedViews } from '../views/saved-views';
import { portfolioTable } from '../views/portfolio-table';
import { scoreSelection } from '../views/scored-selection';
import { viewOptions, workspaceCurrency } from '../views/view-options';
import type { HandlerMap } from './handler-types';

type ViewsMethods =
  | 'views.options'
  | 'views.portfolio'
  | 'views.partner'
  | 'views.savedViews'
  | 'views.saveView'
  | 'views.deleteView'
  | 'views.export';

export const viewsHandlers: HandlerMap<ViewsMethods> = {
  'views.options': (_args, ctx: AppContext) => viewOptions(ctx.requireWorkspace()),

  'views.portfolio': (args, ctx) => {
    const started = performance.now();
    const ws = ctx.requireWorkspace();
    const s = scoreSelection(ws, args);
    let cached = true;
    const table = s.service.memo(
      'views.portfolio',
      s.key,
      () => {
        cached = false;
        return portfolioTable(ws, s, workspaceCurrency(ws));
      },
      8,
    );
    return { ...table, timings: { totalMs: performance.now() - started, cached } };
  },

  'views.partner': (args, ctx) => {
    const started = performance.now();
    const ws = ctx.requireWorkspace();
    const page = partnerPage(ws, scoreSelection(ws, args), args.partner, workspaceCurrency(ws));
    return { ...page, timings: { totalMs: performance.now() - started } };
  },

  'views.savedViews': (_args, ctx) => savedViews(ctx.requireWorkspace()),
  'views.saveView': ({ name, view }, ctx) => saveView(ctx.requireWorkspace(), name, view),
  'views.deleteView': ({ name }, ctx) => deleteView(ctx.requireWorkspace(), name),

  'views.export': (args) => exportTable(args),
};
