import type { ActionStatus } from '../../../../shared/api';

export const STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
};

export const STATUS_OPTIONS = (Object.keys(STATUS_LABELS) as ActionStatus[]).map((value) => ({
  value,
  label: STATUS_LABELS[value],
}));

/** "Oct 5, 2026" for a yyyy-mm-dd date, in the reader's locale, never shifted by time zone. */
export function formatDue(date: string | null): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}
