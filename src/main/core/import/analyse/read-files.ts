/**
 * The reading pass of an analysis: every file streamed once (lookups first, then partner files,
 * then facts), each row validated and kept as typed columns. Nothing is written anywhere.
 */
import type {
  FileKind,
  FileMapping,
  ImportMapping,
  LookupMapping,
  ResolvedFormat,
} from '../../../../shared/api/import';
import { AppError } from '../../../../shared/errors';
import type { MeasureDef } from '../../workspace/standard-measures';
import { compileText, type LookupTable } from '../mapping/compile-expr';
import { MappingError } from '../mapping/mapping-error';
import type { FileScan } from '../readers/file-scan';
import { openReader } from '../readers/open-reader';
import { ReaderError, type TableReader } from '../readers/types';
import { FileContext } from './file-context';
import { IssueCollector } from './issues';
import { KpiFile } from './kpi-file';
import { MeasureCatalog } from './measure-catalog';
import type { WorkspacePartnerRow } from './partner-directory';
import { PartnerFile } from './partner-file';
import { refuseRows } from './refuse-rows';
import { TransactionFile } from './transaction-file';

export interface InputFile {
  fileId: string;
  fileName: string;
  path: string;
  scan: FileScan;
}

export interface AnalysisInput {
  id: string;
  mapping: ImportMapping;
  files: { entry: FileMapping; input: InputFile }[];
  lookups: { lookup: LookupMapping; input: InputFile }[];
  blocking: string[];
  notes: string[];
}

/** What the analysis needs from the workspace, read before the files (no writes). */
export interface WorkspaceSnapshot {
  fyStart: number;
  partners: WorkspacePartnerRow[];
  measures: MeasureDef[];
  /** `measure|period|externalId` of the stored cells among these measures and periods. */
  existingCells(target: 'value' | 'target', measures: string[], periods: string[]): Set<string>;
  importedBefore(contentHash: string): { importId: number; fileName: string; at: string }[];
}

export interface ProgressUpdate {
  label: string;
  done: number;
  total: number;
  rows: number;
  rate: number;
}

export interface CancelToken {
  cancelled: boolean;
}

export type Processor = PartnerFile | TransactionFile | KpiFile;

export interface FileRun {
  idx: number;
  input: InputFile;
  kind: FileKind | 'lookup';
  format: ResolvedFormat | null;
  ctx: FileContext | null;
  processor: Processor | null;
  dateFormats: Record<string, string>;
  rowsRead: number;
  /** Rows refused before the mapping saw them (cut off, values too long). */
  rowsRefused: number;
}

/** A new run for the next file, added to `runs`. */
function startRun(runs: FileRun[], input: InputFile, kind: FileRun['kind']): FileRun {
  const run: FileRun = {
    idx: runs.length,
    input,
    kind,
    format: null,
    ctx: null,
    processor: null,
    dateFormats: {},
    rowsRead: 0,
    rowsRefused: 0,
  };
  runs.push(run);
  return run;
}

export interface ReadResult {
  input: AnalysisInput;
  snapshot: WorkspaceSnapshot;
  runs: FileRun[];
  catalog: MeasureCatalog;
  issues: IssueCollector;
  blocking: string[];
  warnings: string[];
  readSeconds: number;
}

const ORDER: Record<FileKind, number> = {
  partners: 0,
  transactions: 1,
  'kpi-wide': 2,
  'kpi-long': 2,
  'targets-wide': 3,
  'targets-long': 3,
};

export async function readFiles(
  input: AnalysisInput,
  snapshot: WorkspaceSnapshot,
  onProgress: (p: ProgressUpdate) => void,
  cancel: CancelToken,
): Promise<ReadResult> {
  const started = performance.now();
  const issues = new IssueCollector();
  const blocking = [...input.blocking];
  const warnings: string[] = [];
  const catalog = new MeasureCatalog(snapshot.measures, input.mapping.measures);
  const lookups = new Map<string, LookupTable>();
  const total = [...input.files, ...input.lookups].reduce((s, f) => s + f.input.scan.bytes, 0);
  let doneBefore = 0;
  let rows = 0;
  let lastEmit = 0;
  const emit = (label: string, bytes: number, force = false) => {
    const now = performance.now();
    if (!force && now - lastEmit < 100) return;
    lastEmit = now;
    const seconds = (now - started) / 1000;
    onProgress({
      label,
      done: doneBefore + bytes,
      total,
      rows,
      rate: seconds > 0 ? rows / seconds : 0,
    });
  };
  const checkCancel = () => {
    if (cancel.cancelled)
      throw new AppError('CANCELLED', 'The import was cancelled; nothing was written.');
  };
  const runs: FileRun[] = [];

  const stream = async (
    reader: TableReader,
    run: FileRun,
    each: (batch: Parameters<Processor['process']>[0]) => void,
  ) => {
    const label = `Reading ${run.input.fileName}`;
    for await (const raw of reader.batches()) {
      checkCancel();
      const { batch, refused } = refuseRows(raw, run.input.fileName, reader.columns, issues);
      run.rowsRefused += refused;
      each(batch);
      rows += raw.rows.length;
      emit(label, batch.bytesRead);
    }
    for (const w of reader.warnings) warnings.push(w);
  };

  for (const { lookup, input: file } of input.lookups) {
    const run = startRun(runs, file, 'lookup');
    try {
      const reader = await openReader(file.path, file.fileName, file.scan, lookup.format);
      run.format = reader.format;
      const ctx = new FileContext(
        run.idx,
        file.fileName,
        reader.columns,
        lookups,
        false,
        'auto',
        issues,
      );
      const key = compileText(lookup.key, ctx);
      const table: LookupTable = {
        name: lookup.name,
        fileName: file.fileName,
        columns: reader.columns,
        rows: new Map(),
      };
      await stream(reader, run, (batch) => {
        for (const row of batch.rows) table.rows.set(key(row), row);
        run.rowsRead += batch.rows.length;
      });
      lookups.set(lookup.name, table);
    } catch (error) {
      if (!(error instanceof ReaderError || error instanceof MappingError)) throw error;
      blocking.push(error.message);
    }
    doneBefore += file.scan.bytes;
  }

  const ordered = [...input.files].sort((a, b) => ORDER[a.entry.kind] - ORDER[b.entry.kind]);
  for (const { entry, input: file } of ordered) {
    const run = startRun(runs, file, entry.kind);
    try {
      const reader = await openReader(file.path, file.fileName, file.scan, entry.format);
      run.format = reader.format;
      const ctx = new FileContext(
        run.idx,
        file.fileName,
        reader.columns,
        lookups,
        reader.format.decimalSeparator === ',',
        entry.dateFormat ?? 'auto',
        issues,
      );
      run.ctx = ctx;
      const processor: Processor =
        entry.kind === 'partners'
          ? new PartnerFile(ctx, entry)
          : entry.kind === 'transactions'
            ? new TransactionFile(
                ctx,
                entry,
                reader.format.type === 'csv' ? file.scan.bytes / 40 : 0,
              )
            : new KpiFile(ctx, entry, catalog, snapshot.fyStart);
      if (entry.kind === 'transactions') for (const m of entry.measures) catalog.require(m.measure);
      run.processor = processor;
      await stream(reader, run, (batch) => processor.process(batch));
      run.rowsRead = processor.rowsRead;
      const dates = ctx.resolveDates();
      run.dateFormats = dates.formats;
      for (const a of dates.ambiguous) blocking.push(a);
      if (processor instanceof PartnerFile) processor.finish();
    } catch (error) {
      if (!(error instanceof ReaderError || error instanceof MappingError)) throw error;
      blocking.push(error.message);
      run.processor = null;
    }
    doneBefore += file.scan.bytes;
  }
  emit('Read every file', 0, true);
  return {
    input,
    snapshot,
    runs,
    catalog,
    issues,
    blocking,
    warnings,
    readSeconds: (performance.now() - started) / 1000,
  };
}
