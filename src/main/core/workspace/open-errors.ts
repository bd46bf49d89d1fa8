/**
 * Plain-language reasons a workspace file cannot be opened, from SQLite's error codes: a read-only
 * file or folder, a damaged file, a file that is no SQLite database at all. Every message says the
 * file was not changed and what to do.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors';

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The AppError for an SQLite error met while opening `path` (the original when none fits). */
export function openError(error: unknown, path: string, canWrite = writable): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  const message = (error as Error).message ?? String(error);
  const sqliteCode = typeof code === 'string' ? code : '';
  const details = { file: path, sqlite: sqliteCode || message };
  if (sqliteCode.startsWith('SQLITE_READONLY') || sqliteCode.startsWith('SQLITE_CANTOPEN')) {
    const folder = dirname(path);
    if (!canWrite(folder)) {
      return new AppError(
        'READ_ONLY',
        `${path} is in a read-only folder (${folder}): Partnerscope keeps a journal next to the workspace while it is open. Copy the file to a folder you can write to, or allow writing in this one; the file was not changed.`,
        details,
      );
    }
    if (!canWrite(path)) {
      return new AppError(
        'READ_ONLY',
        `${path} is read-only: Partnerscope needs to write to the workspace. Allow writing to the file, or copy it; the file was not changed.`,
        details,
      );
    }
  }
  if (sqliteCode.startsWith('SQLITE_CORRUPT') || /malformed/i.test(message)) {
    return new AppError(
      'WORKSPACE_DAMAGED',
      `${path} is damaged (SQLite reports: ${message}). Restore the workspace from a backup (or its last export); the file was not changed.`,
      details,
    );
  }
  if (sqliteCode === 'SQLITE_NOTADB' || /not a database/i.test(message)) {
    return new AppError(
      'NOT_A_WORKSPACE',
      `${path} is not a Partnerscope workspace (it is no SQLite database: it may be damaged, encrypted, or another kind of file); the file was not changed.`,
      details,
    );
  }
  return new AppError(
    'NOT_A_WORKSPACE',
    `${path} could not be opened as a Partnerscope workspace: ${message}`,
    details,
  );
}

/** Refuses a 0-byte file: SQLite would silently turn it into a new, empty workspace. */
export function assertNotEmptyFile(path: string): void {
  if (statSync(path).size === 0) {
    throw new AppError(
      'NOT_A_WORKSPACE',
      `${path} is an empty file (0 bytes), not a Partnerscope workspace; it was not changed. Create a workspace under another name, or delete this file first.`,
      { file: path },
    );
  }
}
