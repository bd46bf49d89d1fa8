import { AppError, type ErrorCode } from '../../../shared/errors';

/** An API failure as plain data, safe to keep in stores and React state. */
export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message };
}
