/** The views domain's handlers: glue between the contract and src/main/core/views. */
import type { AppContext } from '../app/context';
import { exportTable } from '../views/export-table';
import { partnerPage } from '../views/partner-page';
import { deleteView, saveView, savedViews } from '../views/saved-views';
import { portfolioTable } from '../views/portfolio-table';
import { keepPortfolio, readKeptPortfolio } from '../views/portfolio-cache';
import { portfolioAnswer } from '../../../shared/wire/answer-wire';
import { scoringService } from '../scoring/service/scoring-service';
import { resolveMethodology } from '../scoring/views/resolve-methodology';
import { canonicalJson } from '../scoring/versions/canonical-json';
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
    const service = scoringService(ws);
    // Everything the table depends on besides the data (whose revision keys the memo and file).
    const resolved = resolveMethodology(ws, service, args);
    const currency = workspaceCurrency(ws);
    const key = JSON.stringify([
      args.period ?? null,
      currency,
      resolved.ref,
      canonicalJson(resolved.definition),
    ]);
    let cached = true;
    const table = service.memo(
      'views.portfolio',
      key,
      () => {
        const revision = service.revision();
        const kept = readKeptPortfolio(ws, revision, key);
        if (kept) return kept;
        cached = false;
        const computed = portfolioTable(ws, scoreSelection(ws, args), currency);
        keepPortfolio(ws, revision, key, computed);
        return computed;
      },
      8,
    );
    return portfolioAnswer(table, { totalMs: performance.now() - started, cached });
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
