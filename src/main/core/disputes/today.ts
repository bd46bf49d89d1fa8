/** Today's date as YYYY-MM-DD (UTC): the day an expiring correction is compared with. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
