/** Picks the reader for a file from its first bytes and its extension. */
import { extname } from 'node:path';
import type { FileFormat } from '../../../../shared/api/import';
import { openArrow } from './arrow-reader';
import { openCsv } from './csv-reader';
import type { FileScan } from './file-scan';
import { ReaderError, type TableReader } from './types';
import { openXlsx } from './xlsx-reader';

export function detectType(fileName: string, head: Buffer): 'csv' | 'xlsx' | 'arrow' {
  const ext = extname(fileName).toLowerCase();
  const magic = head.subarray(0, 6).toString('latin1');
  if (magic === 'ARROW1' || magic.startsWith('FEA1')) return 'arrow';
  if (
    head.length >= 4 &&
    head.readUInt32LE(0) === 0xffffffff &&
    ['.arrow', '.arrows', '.ipc', '.feather'].includes(ext)
  ) {
    return 'arrow';
  }
  if (magic.startsWith('PK\u0003\u0004')) {
    if (ext === '.zip') {
      throw new ReaderError(
        `${fileName} is a zip archive; extract it and import the files inside.`,
      );
    }
    return 'xlsx';
  }
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw new ReaderError(
      `${fileName} is an old Excel 97–2003 (.xls) workbook; save it as .xlsx or CSV and import that.`,
    );
  }
  return 'csv';
}

export async function openReader(
  path: string,
  fileName: string,
  scan: FileScan,
  format: FileFormat = {},
): Promise<TableReader> {
  const type = format.type ?? detectType(fileName, scan.head);
  if (type === 'xlsx') return openXlsx(path, fileName, scan, format);
  if (type === 'arrow') return openArrow(path, fileName, scan);
  return openCsv(path, fileName, scan, format);
}
