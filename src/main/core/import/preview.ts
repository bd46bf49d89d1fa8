/** The first rows of a staged file, its detected format, and the mapping recognised from it. */
import type { FileFormat, FilePreview } from '../../../shared/api/import';
import { AppError } from '../../../shared/errors';
import { buildFileMapping } from './mapping/build-mapping';
import { recogniseColumns } from './mapping/recognise';
import { openReader } from './readers/open-reader';
import { ReaderError } from './readers/types';
import type { StagedEntry } from './staging';
import type { FileScan } from './readers/file-scan';

const RECOGNITION_ROWS = 200;

export async function previewFile(
  entry: StagedEntry & { scan: FileScan },
  format: FileFormat | undefined,
  shown: number,
): Promise<FilePreview> {
  try {
    const reader = await openReader(entry.path, entry.fileName, entry.scan, format);
    const rows: { row: number; cells: string[] }[] = [];
    const want = Math.max(shown, RECOGNITION_ROWS);
    for await (const batch of reader.batches()) {
      for (let i = 0; i < batch.rows.length && rows.length < want; i++) {
        rows.push({ row: batch.rowNumbers[i]!, cells: batch.rows[i]! });
      }
      if (rows.length >= want) break;
    }
    const cells = rows.map((r) => r.cells);
    const recognised = recogniseColumns(
      reader.columns,
      cells,
      !reader.format.header && !format?.columns,
    );
    const built = buildFileMapping(entry.fileName, recognised, cells, reader.columns);
    const mapping = format ? { ...built.mapping, format } : built.mapping;
    return {
      fileId: entry.fileId,
      fileName: entry.fileName,
      format: reader.format,
      columns: reader.columns,
      rows: rows.slice(0, shown),
      recognised,
      kind: built.kind,
      mapping,
      notes: built.notes,
      ...(built.blocking ? { blocking: built.blocking } : {}),
    };
  } catch (error) {
    if (error instanceof ReaderError) throw new AppError('INVALID_DATA', error.message);
    throw error;
  }
}
