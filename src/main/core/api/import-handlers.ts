import type { MethodName } from '../../../shared/api';
import { undoImport } from '../import/commit/undo';
import { explainValue } from '../import/explain';
import { exportData } from '../import/export/export-data';
import { importDetails, importHistory } from '../import/history';
import { importMeasures } from '../import/import-measures';
import { importService } from '../import/import-service';
import { deletePreset, getPreset, listPresets, savePreset } from '../import/presets/preset-store';
import type { HandlerMap } from './handler-types';

type ImportMethods = Extract<MethodName, `import.${string}`>;

/** The import domain: thin calls into the import service (src/main/core/import). */
export const importHandlers: HandlerMap<ImportMethods> = {
  'import.stage': async (args, ctx) => {
    const service = importService(ctx);
    return service.staged(
      await service.staging.stageBytes(args.fileName, args.contentBase64, args.uploadId, args.last),
    );
  },
  'import.stagePath': async ({ path }, ctx) => {
    const service = importService(ctx);
    return service.staged(await service.staging.stagePath(path));
  },
  'import.discard': ({ fileIds }, ctx) => {
    importService(ctx).staging.discard(fileIds);
    return null;
  },
  'import.preview': ({ fileId, format, rows }, ctx) =>
    importService(ctx).preview(fileId, format, rows),
  'import.suggest': ({ fileIds, preset }, ctx) => importService(ctx).suggest(fileIds, preset),
  'import.analyse': ({ fileIds, mapping, preset, jobId }, ctx) =>
    importService(ctx).analyse(fileIds, mapping, preset, jobId),
  'import.commit': ({ analysisId, ...opts }, ctx) => importService(ctx).commit(analysisId, opts),
  'import.cancel': ({ jobId }, ctx) => ({ cancelled: importService(ctx).cancel(jobId) }),
  'import.undo': ({ importId }, ctx) => {
    const ws = ctx.requireWorkspace();
    const summary = undoImport(ws, importId);
    ctx.emit('workspace.changed', { workspace: ws.info() });
    return summary;
  },
  'import.history': (_args, ctx) => importHistory(ctx.requireWorkspace()),
  'import.details': ({ importId }, ctx) => importDetails(ctx.requireWorkspace(), importId),
  'import.explain': ({ partner, period, measure, target }, ctx) =>
    explainValue(ctx.requireWorkspace(), partner, period, measure, target),
  'import.measures': (_args, ctx) => importMeasures(ctx.workspace),
  'import.presets': (_args, ctx) => listPresets(ctx.workspace),
  'import.getPreset': ({ name }, ctx) => getPreset(ctx.workspace, name),
  'import.savePreset': ({ name, description, mapping, overwrite }, ctx) =>
    savePreset(ctx.requireWorkspace(), name, description, mapping, overwrite),
  'import.deletePreset': ({ name }, ctx) => {
    deletePreset(ctx.requireWorkspace(), name);
    return null;
  },
  'import.exportData': ({ outDir, format }, ctx) =>
    exportData(ctx.requireWorkspace(), outDir, format),
};
