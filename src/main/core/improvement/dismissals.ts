/** Suggested issues the user dismissed: remembered by their key, so they are not suggested again. */
import type { Workspace } from '../workspace/workspace';
import { ownWrite } from './issue-store';

export function dismissSuggestions(ws: Workspace, keys: readonly string[], reason: string): number {
  const now = new Date().toISOString();
  const insert = ws.sqlite.prepare(
    `INSERT INTO improvement_dismissals (suggestion_key, reason, dismissed_at) VALUES (?, ?, ?)
     ON CONFLICT (suggestion_key) DO UPDATE SET reason = excluded.reason`,
  );
  return ownWrite(ws, () =>
    ws.sqlite.transaction(() => {
      for (const key of keys) insert.run(key, reason, now);
      return keys.length;
    })(),
  );
}

export function restoreDismissed(ws: Workspace): number {
  return ownWrite(ws, () => ws.sqlite.prepare('DELETE FROM improvement_dismissals').run().changes);
}
