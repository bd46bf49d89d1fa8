/**
 * Where the backend may write: absolute paths only (a relative path from an untrusted renderer
 * would land wherever the app happens to run), and only files of the format asked for.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, isAbsolute } from 'node:path';
import { AppError } from '../../../../shared/errors';

export function checkOutFile(path: string, ext: string): string {
  if (!isAbsolute(path)) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Give the output file as an absolute path, got "${path}".`,
    );
  }
  if (extname(path).toLowerCase() !== `.${ext}`) {
    throw new AppError('INVALID_ARGUMENT', `The output file must end with .${ext}: ${path}`);
  }
  return path;
}

export function ensureOutDir(path: string): string {
  if (!isAbsolute(path)) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Give the output folder as an absolute path, got "${path}".`,
    );
  }
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Cannot create the folder ${path}: ${(error as Error).message}`,
    );
  }
  return path;
}

export function writeOutFile(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}
