/** Sends a browser File to `import.stage` as base64, in chunks small enough for one request. */
import type { StagedFile } from '../../../../shared/api';
import { api } from '../../api/client';

/** Raw bytes per request: a multiple of 3, so every chunk is valid base64 on its own. */
const CHUNK_BYTES = 6 * 1024 * 1024;

function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(blob);
  });
}

export async function stageFile(
  file: File,
  onProgress?: (fraction: number) => void,
): Promise<StagedFile> {
  let uploadId: string | undefined;
  let offset = 0;
  for (;;) {
    const end = Math.min(file.size, offset + CHUNK_BYTES);
    const last = end >= file.size;
    const contentBase64 = await blobToBase64(file.slice(offset, end));
    const staged = await api.call('import.stage', {
      fileName: file.name,
      contentBase64,
      last,
      ...(uploadId ? { uploadId } : {}),
    });
    onProgress?.(file.size > 0 ? end / file.size : 1);
    if (last) return staged;
    uploadId = staged.fileId;
    offset = end;
  }
}
