/** Error codes that cross every transport as plain data: `{ code, message, details }`. */
export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'UNKNOWN_METHOD',
  'NO_WORKSPACE',
  'WORKSPACE_TOO_NEW',
  'NOT_A_WORKSPACE',
  'WORKSPACE_DAMAGED',
  'READ_ONLY',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'INVALID_DATA',
  'CANCELLED',
  'BUSY',
  'ENGINE_RESTARTED',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorData {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** Thrown by handlers (and re-thrown by clients) so that callers can branch on `code`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toData(): ApiErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isApiErrorData(value: unknown): value is ApiErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };
