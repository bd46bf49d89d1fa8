/**
 * Which segment moves raise alerts, kept in the workspace's settings. Changing them can also
 * close the open alerts of the segments no longer watched, so that the inbox matches at once.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import {
  ALERT_SEGMENTS,
  DEFAULT_ALERT_SETTINGS,
  alertSettingsSchema,
  type AlertSettings,
} from '../../../shared/api/alerts';
import { alerts } from '../workspace/schema';
import type { Workspace } from '../workspace/workspace';

export const ALERT_SETTINGS_KEY = 'alerts.settings';

export function alertSettings(ws: Workspace): AlertSettings {
  const parsed = alertSettingsSchema.safeParse(ws.getSetting<unknown>(ALERT_SETTINGS_KEY, null));
  return parsed.success ? parsed.data : DEFAULT_ALERT_SETTINGS;
}

export function updateAlertSettings(
  ws: Workspace,
  settings: AlertSettings,
  closeUnwatched: boolean,
): AlertSettings & { closed: number } {
  // Stored in a fixed order, without repeats.
  const next: AlertSettings = {
    segments: ALERT_SEGMENTS.filter((s) => settings.segments.includes(s)),
  };
  const unwatched = ALERT_SEGMENTS.filter((s) => !next.segments.includes(s));
  const closed = ws.sqlite.transaction(() => {
    ws.setSetting(ALERT_SETTINGS_KEY, next);
    if (!closeUnwatched || unwatched.length === 0) return 0;
    return ws.db
      .update(alerts)
      .set({ doneAt: new Date().toISOString() })
      .where(
        and(
          eq(alerts.kind, 'segment'),
          inArray(alerts.code, [...unwatched]),
          isNull(alerts.doneAt),
        ),
      )
      .run().changes;
  })();
  return { ...next, closed };
}
