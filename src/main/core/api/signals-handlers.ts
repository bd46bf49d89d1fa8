/** The qualitative-signals handlers: thin glue between the contract and src/main/core/signals. */
import type { AppContext } from '../app/context';
import { decodeSignalsFile, importSignals } from '../signals/signals-import';
import {
  listSignalImports,
  partnerSignalsOf,
  searchSignals,
  undoSignalImport,
} from '../signals/signals-store';
import type { Workspace } from '../workspace/workspace';
import type { HandlerMap } from './handler-types';

type SignalsMethods =
  | 'signals.import'
  | 'signals.imports'
  | 'signals.undoImport'
  | 'signals.partner'
  | 'signals.search';

function own<T>(ctx: AppContext, write: (ws: Workspace) => T): T {
  return write(ctx.requireWorkspace());
}

export const signalsHandlers: HandlerMap<SignalsMethods> = {
  'signals.import': ({ kind, fileName, csv, base64, csatScale, dryRun }, ctx) =>
    own(ctx, (ws) =>
      importSignals(ws, {
        kind,
        fileName,
        csv: csv ?? decodeSignalsFile(Buffer.from(base64 ?? '', 'base64')),
        csatScale,
        dryRun,
      }),
    ),
  'signals.imports': (_args, ctx) => listSignalImports(ctx.requireWorkspace()),
  'signals.undoImport': ({ id }, ctx) => own(ctx, (ws) => undoSignalImport(ws, id)),
  'signals.partner': (args, ctx) => partnerSignalsOf(ctx.requireWorkspace(), args),
  'signals.search': (args, ctx) => searchSignals(ctx.requireWorkspace(), args),
};
