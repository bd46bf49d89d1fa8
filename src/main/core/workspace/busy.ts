/**
 * SQLite answers "database is locked" (SQLITE_BUSY) when another connection holds the write
 * transaction: inside this process that is an import's write job (the dispatcher waits for it and
 * retries); from another process it is most likely an import from the command line or another
 * window, which the user should hear about in those words.
 */
import { AppError } from '../../../shared/errors';

export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

export function anotherWriterError(): AppError {
  return new AppError(
    'BUSY',
    'Another import is writing this workspace (in another Partnerscope window or command). Try again when it has finished.',
  );
}
