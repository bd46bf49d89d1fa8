/** Which partners a digest covers: all, a region, an account manager, or one partner. */
import type { DigestScope } from '../../../shared/api/digest';
import { AppError } from '../../../shared/errors';
import { partnerDetails } from '../export/scorecard/resolve-partner';
import type { Workspace } from '../workspace/workspace';

export interface ResolvedScope {
  kind: 'program' | 'region' | 'manager' | 'partner';
  label: string;
  /** Internal partner ids in scope. */
  ids: Set<number>;
}

export function resolveScope(ws: Workspace, scope: DigestScope): ResolvedScope {
  const db = ws.sqlite;
  const idsOf = (sql: string, ...params: unknown[]) =>
    new Set((db.prepare(sql).all(...params) as { id: number }[]).map((r) => r.id));
  if (scope.partner !== undefined) {
    const p = partnerDetails(db, scope.partner);
    return { kind: 'partner', label: p.name, ids: new Set([p.id]) };
  }
  if (scope.region !== undefined) {
    const ids = idsOf('SELECT id FROM partners WHERE region = ?', scope.region);
    if (ids.size === 0) throw notFound(ws, 'region', scope.region);
    return { kind: 'region', label: `Region ${scope.region}`, ids };
  }
  if (scope.manager !== undefined) {
    const ids = idsOf('SELECT id FROM partners WHERE account_manager = ?', scope.manager);
    if (ids.size === 0) throw notFound(ws, 'account_manager', scope.manager);
    return { kind: 'manager', label: `Manager ${scope.manager}`, ids };
  }
  return { kind: 'program', label: 'Whole program', ids: idsOf('SELECT id FROM partners') };
}

function notFound(ws: Workspace, column: 'region' | 'account_manager', value: string): AppError {
  const known = (
    ws.sqlite
      .prepare(
        `SELECT DISTINCT ${column} AS v FROM partners WHERE ${column} IS NOT NULL ORDER BY 1 LIMIT 30`,
      )
      .all() as { v: string }[]
  ).map((r) => r.v);
  const what = column === 'region' ? 'region' : 'account manager';
  return new AppError(
    'NOT_FOUND',
    `No partner has the ${what} "${value}"${known.length ? `; known: ${known.join(', ')}` : ''}.`,
  );
}
