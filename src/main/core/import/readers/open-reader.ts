/** Picks the reader for a file from its first bytes and its extension. */
import type { FileFormat } from '../../../../shared/api/import';
import { openArrow } from './arrow-reader';
import { detectType } from './content-kind';
import { openCsv } from './csv-reader';
import type { FileScan } from './file-scan';
import type { TableReader } from './types';
import { openXlsx } from './xlsx-reader';

export { detectType } from './content-kind';

export async function openReader(
  path: string,
  fileName: string,
  scan: FileScan,
  format: FileFormat = {},
): Promise<TableReader> {
  const type = format.type ?? detectType(fileName, scan.head, scan.utf8Valid);
  if (type === 'xlsx') return openXlsx(path, fileName, scan, format);
  if (type === 'arrow') return openArrow(path, fileName, scan);
  return openCsv(path, fileName, scan, format);
}
