/**
 * The inbox keeps itself current: before it is read, the latest period is compared with the one
 * before whenever the data (the engine's dataset), the risk thresholds, the alert settings or the
 * methodology changed since the last comparison. Already-known alerts are never added twice.
 * What was last compared is also stored in the workspace (setting `alerts.lastCheck`, by data
 * revision and settings), so opening the workspace again does not compare the same data again:
 * at 100,000 partners that comparison takes seconds.
 */
import { scoringService } from '../scoring/service/scoring-service';
import type { Workspace } from '../workspace/workspace';
import { insertAlerts } from './alert-store';
import { detectAlerts } from './detect-alerts';

interface LastCheck {
  revision: string;
  settings: string;
  period: string;
  previous: string;
}

interface StoredCheck {
  revision: string;
  settings: string;
  period: string;
  previous: string;
}

const STORED_KEY = 'alerts.lastCheck';

const last = new WeakMap<Workspace, LastCheck>();

function settingsKey(ws: Workspace): string {
  const rows = ws.sqlite
    .prepare(
      `SELECT key, value FROM settings WHERE key IN ('risks.settings', 'alerts.settings') ORDER BY key`,
    )
    .all() as { key: string; value: string }[];
  const methodologies = ws.sqlite
    .prepare(`SELECT coalesce(max(updated_at), '') AS at, count(*) AS n FROM methodology_versions`)
    .get() as { at: string; n: number };
  return JSON.stringify([rows, methodologies]);
}

/** Runs the automatic comparison if needed; returns the periods last compared (null: none yet). */
export function ensureChecked(ws: Workspace): { period: string; previous: string } | null {
  const service = scoringService(ws);
  // Neither the periods (kept beside the workspace) nor a stored check need the dataset loaded.
  const revision = service.sync();
  if (service.periods().length < 2) return null;
  const settings = settingsKey(ws);
  const known = last.get(ws);
  if (known && known.revision === revision && known.settings === settings) {
    return { period: known.period, previous: known.previous };
  }
  const stored = ws.getSetting<StoredCheck | null>(STORED_KEY, null);
  if (stored && stored.revision === revision && stored.settings === settings) {
    last.set(ws, { revision, settings, period: stored.period, previous: stored.previous });
    return { period: stored.period, previous: stored.previous };
  }
  const detection = detectAlerts(ws);
  insertAlerts(ws, detection.drafts);
  // Detection may have created the default methodology: read the key again.
  const check = {
    revision: service.revision(),
    settings: settingsKey(ws),
    period: detection.period,
    previous: detection.previous,
  };
  last.set(ws, check);
  ws.setSetting(STORED_KEY, {
    revision: check.revision,
    settings: check.settings,
    period: check.period,
    previous: check.previous,
  } satisfies StoredCheck);
  return { period: detection.period, previous: detection.previous };
}
