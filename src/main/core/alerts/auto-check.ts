/**
 * The inbox keeps itself current: before it is read, the latest period is compared with the one
 * before whenever the data (the engine's dataset), the risk thresholds, the alert settings or the
 * methodology changed since the last comparison. Already-known alerts are never added twice.
 */
import { scoringService } from '../scoring/service/scoring-service';
import type { ScoringDataset } from '../scoring/dataset';
import type { Workspace } from '../workspace/workspace';
import { insertAlerts } from './alert-store';
import { detectAlerts } from './detect-alerts';

interface LastCheck {
  dataset: ScoringDataset;
  settings: string;
  period: string;
  previous: string;
}

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
  const { dataset } = service.load();
  if (dataset.periods.length < 2) return null;
  const settings = settingsKey(ws);
  const known = last.get(ws);
  if (known && known.dataset === dataset && known.settings === settings) {
    return { period: known.period, previous: known.previous };
  }
  const detection = detectAlerts(ws);
  insertAlerts(ws, detection.drafts);
  // Detection may have created the default methodology: read the key again.
  last.set(ws, {
    dataset: service.load().dataset,
    settings: settingsKey(ws),
    period: detection.period,
    previous: detection.previous,
  });
  return { period: detection.period, previous: detection.previous };
}
