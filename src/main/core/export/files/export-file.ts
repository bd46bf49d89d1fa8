/** A produced file, written to the requested path or returned inline (base64) to the caller. */
import { basename } from 'node:path';
import type { ExportFile } from '../../../../shared/api/export-results';
import { checkOutFile, writeOutFile } from './output-path';

export interface Produced {
  fileName: string;
  ext: string;
  mime: string;
  bytes: Uint8Array | string;
  count: number;
  started: number;
}

export function deliver(file: Produced, outFile: string | undefined): ExportFile {
  const buffer =
    typeof file.bytes === 'string' ? Buffer.from(file.bytes, 'utf8') : Buffer.from(file.bytes);
  const common = {
    mime: file.mime,
    bytes: buffer.byteLength,
    count: file.count,
  };
  if (outFile) {
    const path = checkOutFile(outFile, file.ext);
    writeOutFile(path, buffer);
    return {
      ...common,
      fileName: basename(path),
      path,
      base64: null,
      ms: performance.now() - file.started,
    };
  }
  return {
    ...common,
    fileName: file.fileName,
    path: null,
    base64: buffer.toString('base64'),
    ms: performance.now() - file.started,
  };
}
