/** Runs an export that returns its file inline and saves it (a download, or Electron's dialog). */
import type { ExportFile } from '../../../../shared/api';
import { downloadBase64 } from '../../components/download';

export function saveExport(file: ExportFile): ExportFile {
  if (file.base64) downloadBase64(file.fileName, file.mime, file.base64);
  return file;
}
