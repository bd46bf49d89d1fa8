/** How long a dispute has waited: "4 d 3 h", "5 h 12 min", "40 min". */
import { useEffect, useState } from 'react';

export function formatWaiting(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days > 0) return `${days} d ${hours % 24} h`;
  if (hours > 0) return `${hours} h ${minutes % 60} min`;
  return `${minutes} min`;
}

/** Now, in milliseconds, moving every `everyMs` so that waiting timers tick on screen. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Seconds a dispute has waited: until resolution, or until `now` while open. */
export function waitedSeconds(d: { openedAt: string; resolvedAt: string | null }, now: number) {
  const end = d.resolvedAt ? Date.parse(d.resolvedAt) : now;
  return Math.max(0, Math.round((end - Date.parse(d.openedAt)) / 1000));
}
