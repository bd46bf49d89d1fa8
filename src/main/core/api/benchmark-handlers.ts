/** The benchmark domain's handlers: thin glue between the contract and src/main/core/benchmark. */
import type { AppContext } from '../app/context';
import {
  baselineReport,
  benchmarkOptions,
  benchmarkSettings,
  benchmarkTable,
  deleteReferences,
  importReferences,
  kpiResolver,
  listReferences,
  partnerBenchmark,
  updateBenchmarkSettings,
} from '../benchmark';
import type { HandlerMap } from './handler-types';

type BenchmarkMethods =
  | 'benchmark.options'
  | 'benchmark.groups'
  | 'benchmark.partner'
  | 'benchmark.baseline'
  | 'benchmark.references'
  | 'benchmark.importReferences'
  | 'benchmark.deleteReferences'
  | 'benchmark.settings'
  | 'benchmark.updateSettings';

const ws = (ctx: AppContext) => ctx.requireWorkspace();

export const benchmarkHandlers: HandlerMap<BenchmarkMethods> = {
  'benchmark.options': (args, ctx) => benchmarkOptions(ws(ctx), args),
  'benchmark.groups': (args, ctx) => benchmarkTable(ws(ctx), args),
  'benchmark.partner': (args, ctx) => partnerBenchmark(ws(ctx), args),
  'benchmark.baseline': (args, ctx) => baselineReport(ws(ctx), args),
  'benchmark.references': ({ source }, ctx) => listReferences(ws(ctx), source),
  'benchmark.importReferences': (args, ctx) =>
    importReferences(ws(ctx), args, kpiResolver(ws(ctx))),
  'benchmark.deleteReferences': ({ source }, ctx) => ({
    deleted: deleteReferences(ws(ctx), source),
  }),
  'benchmark.settings': (_args, ctx) => benchmarkSettings(ws(ctx)),
  'benchmark.updateSettings': (patch, ctx) => updateBenchmarkSettings(ws(ctx), patch),
};
