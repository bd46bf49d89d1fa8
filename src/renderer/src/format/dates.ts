/**
 * Locale-aware dates. Calendar dates (`2025-01-01`) are shown in UTC so that a period never starts
 * on the previous day west of Greenwich; timestamps are shown in the user's time zone.
 */
const calendarDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const timestamp = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function format(formatter: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
}

export function formatCalendarDate(isoDate: string): string {
  return format(calendarDate, isoDate);
}

export function formatTimestamp(iso: string): string {
  return format(timestamp, iso);
}
