/**
 * The backend's refusals when saving or publishing a scenario, told apart by code and wording:
 * a differing draft, a taken name, a baseline that a newer version replaced.
 */
import type { ErrorInfo } from '../../stores/error-info';

/** The methodology has an unpublished draft that differs (publishing would replace it). */
export function isDraftConflict(error: ErrorInfo): boolean {
  return error.code === 'ALREADY_EXISTS' && /draft/i.test(error.message);
}

/** The scenario was saved against a version older than the newest published one. */
export function isOutdatedBaseline(error: ErrorInfo): boolean {
  return error.code === 'INVALID_ARGUMENT' && /has been published since/.test(error.message);
}

/** The message for a scenario name that is taken, or null for any other error. */
export function duplicateNameMessage(error: ErrorInfo, name: string): string | null {
  return error.code === 'ALREADY_EXISTS' && !isDraftConflict(error)
    ? `A scenario named “${name.trim()}” already exists. Choose another name, or load that scenario and save over it.`
    : null;
}
