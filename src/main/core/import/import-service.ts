/**
 * The importer's state for one app instance: staged files, finished analyses waiting for a
 * commit, and running jobs (which can be cancelled by id). Handlers are thin calls into it.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type {
  FileFormat,
  FilePreview,
  ImportMapping,
  ImportReport,
  ImportSummary,
  MappingSuggestion,
  StagedFile,
} from '../../../shared/api/import';
import { AppError } from '../../../shared/errors';
import type { AppContext } from '../app/context';
import type { Workspace } from '../workspace/workspace';
import { prepareImport, type PreparedImport } from './analyse/prepare';
import { readFiles, type CancelToken, type InputFile, type ReadResult } from './analyse/read-files';
import { commitPlan } from './commit/commit';
import { folderOf, matchFiles } from './mapping/match-files';
import { getPreset } from './presets/preset-store';
import { previewFile } from './preview';
import { scanFile } from './readers/file-scan';
import { assertRegularFile, StagingArea, type StagedEntry } from './staging';
import { suggestMapping } from './suggest';
import { importedBefore, workspaceSnapshot } from './workspace-snapshot';

interface StoredAnalysis {
  workspacePath: string;
  read: ReadResult;
  prepared: PreparedImport;
}

const KEEP_ANALYSES = 3;

export class ImportService {
  readonly staging: StagingArea;
  private readonly analyses = new Map<string, StoredAnalysis>();
  private readonly jobs = new Map<string, CancelToken>();

  constructor(private readonly ctx: AppContext) {
    this.staging = new StagingArea(join(ctx.homeDir, 'staging'));
  }

  staged(entry: StagedEntry): StagedFile {
    const ws = this.ctx.workspace;
    const base = {
      fileId: entry.fileId,
      fileName: entry.fileName,
      bytes: entry.scan?.bytes ?? 0,
      contentHash: entry.scan?.contentHash ?? '',
    };
    if (entry.pending) return { ...base, pending: true, importedBefore: [] };
    return {
      ...base,
      importedBefore: ws && entry.scan ? importedBefore(ws, entry.scan.contentHash) : [],
    };
  }

  async preview(
    fileId: string,
    format: FileFormat | undefined,
    rows: number,
  ): Promise<FilePreview> {
    return previewFile(await this.staging.get(fileId), format, rows);
  }

  async suggest(fileIds: string[], preset?: string): Promise<MappingSuggestion> {
    const entries = await Promise.all(fileIds.map((id) => this.staging.get(id)));
    return suggestMapping(
      this.ctx.workspace,
      entries.map((e) => e.fileName),
      () => Promise.all(entries.map((e) => previewFile(e, undefined, 200))),
      preset,
    );
  }

  private progress(
    jobId: string,
    label: string,
    done: number,
    total: number,
    rate?: number,
    finished = false,
  ) {
    this.ctx.emit('progress', {
      task: `import:${jobId}`,
      label,
      done,
      total,
      ...(rate ? { rate } : {}),
      ...(finished ? { finished } : {}),
    });
  }

  private startJob(jobId: string | undefined): [string, CancelToken] {
    const id = jobId ?? randomUUID();
    if (this.jobs.has(id)) throw new AppError('ALREADY_EXISTS', `Job ${id} is already running.`);
    const token = { cancelled: false };
    this.jobs.set(id, token);
    return [id, token];
  }

  cancel(jobId: string): boolean {
    const token = this.jobs.get(jobId);
    if (!token) return false;
    token.cancelled = true;
    return true;
  }

  async analyse(
    fileIds: string[],
    given: ImportMapping | undefined,
    preset: string | undefined,
    jobId?: string,
  ): Promise<ImportReport> {
    const ws = this.ctx.requireWorkspace();
    if (given && preset)
      throw new AppError('INVALID_ARGUMENT', 'Give a mapping or a preset, not both.');
    const suggestion = given || preset ? null : await this.suggest(fileIds);
    const mapping = given ?? (preset ? getPreset(ws, preset) : suggestion!.mapping);
    const entries = await Promise.all(fileIds.map((id) => this.staging.get(id)));
    const inputs = entries.map((e) => ({
      fileId: e.fileId,
      fileName: e.fileName,
      path: e.path,
      scan: e.scan,
      folder: folderOf(e.path, e.uploadDir !== null),
    }));
    const matched = matchFiles(mapping, inputs);
    const lookups = await Promise.all(
      matched.lookups.map(async ({ lookup, input }) => ({
        lookup,
        input:
          'scan' in input
            ? (input as InputFile)
            : {
                fileId: '',
                fileName: input.fileName,
                path: input.path,
                scan: await (assertRegularFile(input.path), scanFile(input.path)),
              },
      })),
    );
    const [id, token] = this.startJob(jobId);
    try {
      const read = await readFiles(
        {
          id,
          mapping,
          files: matched.files,
          lookups,
          blocking: [...(suggestion?.blocking ?? []), ...matched.problems],
          notes: matched.skipped,
        },
        workspaceSnapshot(ws),
        (p) => this.progress(id, p.label, p.done, p.total, p.rate),
        token,
      );
      const prepared = prepareImport(read, mapping.options.unknownPartners);
      this.analyses.set(id, { workspacePath: ws.path, read, prepared });
      while (this.analyses.size > KEEP_ANALYSES)
        this.analyses.delete(this.analyses.keys().next().value!);
      return prepared.report;
    } finally {
      this.jobs.delete(id);
      this.progress(id, 'Analysis finished', 1, 1, undefined, true);
    }
  }

  async commit(
    analysisId: string,
    opts: {
      skipInvalid: boolean;
      unknownPartners?: 'create' | 'reject';
      allowReimport: boolean;
      jobId?: string;
    },
  ): Promise<ImportSummary> {
    const ws = this.ctx.requireWorkspace();
    const stored = this.analyses.get(analysisId);
    if (!stored)
      throw new AppError(
        'NOT_FOUND',
        `No analysis ${analysisId} is waiting (it may have been committed or replaced); analyse the files again.`,
      );
    if (stored.workspacePath !== ws.path)
      throw new AppError(
        'INVALID_ARGUMENT',
        'That analysis was made for another workspace; analyse the files again.',
      );
    const policy = opts.unknownPartners ?? stored.prepared.report.unknownPartners.policy;
    const prepared =
      policy === stored.prepared.report.unknownPartners.policy
        ? stored.prepared
        : prepareImport(stored.read, policy);
    this.assertCommittable(ws, prepared, opts);
    const [id, token] = this.startJob(opts.jobId);
    try {
      const summary = await commitPlan(ws, prepared.plan, token, (p) =>
        this.progress(id, p.label, p.done, p.total),
      );
      this.analyses.delete(analysisId);
      this.ctx.emit('workspace.changed', { workspace: ws.info() });
      return summary;
    } finally {
      this.jobs.delete(id);
      this.progress(id, 'Import finished', 1, 1, undefined, true);
    }
  }

  private assertCommittable(
    ws: Workspace,
    prepared: PreparedImport,
    opts: { skipInvalid: boolean; allowReimport: boolean },
  ) {
    const { report } = prepared;
    if (report.blocking.length > 0) {
      throw new AppError(
        'INVALID_DATA',
        `The import cannot be written: ${report.blocking.join(' ')}`,
        { blocking: report.blocking },
      );
    }
    if (report.rowsRejected > 0 && !opts.skipInvalid) {
      throw new AppError(
        'INVALID_DATA',
        `${report.rowsRejected} of ${report.rowsRead} rows are rejected; fix them, or skip them (skipInvalid) to import the rest.`,
        { rowsRejected: report.rowsRejected },
      );
    }
    if (!opts.allowReimport) {
      for (const file of report.files) {
        if (file.kind === 'lookup') continue;
        const before = importedBefore(ws, file.contentHash);
        if (before.length > 0) {
          const b = before[before.length - 1]!;
          throw new AppError(
            'ALREADY_EXISTS',
            `${file.fileName} was already imported (import #${b.importId}, ${b.fileName}, ${b.at.slice(0, 16).replace('T', ' ')}). Undo #${b.importId} first, or import it again on purpose (allowReimport; CLI --force).`,
            { importId: b.importId },
          );
        }
      }
    }
  }

  close() {
    for (const token of this.jobs.values()) token.cancelled = true;
    this.staging.discardAll();
    this.analyses.clear();
  }
}

const services = new WeakMap<AppContext, ImportService>();

/** The import service of an app context (created on first use). */
export function importService(ctx: AppContext): ImportService {
  let service = services.get(ctx);
  if (!service) {
    service = new ImportService(ctx);
    services.set(ctx, service);
  }
  return service;
}
