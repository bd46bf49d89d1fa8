/** Helpers for the demo-generator tests: generate into an in-memory workspace, dump tables. */
import { createHash } from 'node:crypto';
import type { DemoOptions } from '../../../src/shared/api/workspace';
import { generateDemo, type DemoSummary } from '../../../src/main/core/demo/generate-demo';
import { Workspace } from '../../../src/main/core/workspace/workspace';

export interface Generated {
  ws: Workspace;
  summary: DemoSummary;
}

export function generate(options: Partial<DemoOptions> = {}): Generated {
  const ws = Workspace.open(':memory:');
  const summary = generateDemo(ws, { partners: 300, quarters: 8, seed: 42, ...options });
  return { ws, summary };
}

export function all<T = Record<string, unknown>>(
  ws: Workspace,
  sql: string,
  ...params: unknown[]
): T[] {
  return ws.sqlite.prepare(sql).all(...params) as T[];
}

export function one<T = Record<string, unknown>>(
  ws: Workspace,
  sql: string,
  ...params: unknown[]
): T {
  return ws.sqlite.prepare(sql).get(...params) as T;
}

/** Every generated row, in key order (ids included: they are part of the content). */
export function dump(ws: Workspace) {
  return {
    partners: all(ws, 'SELECT * FROM partners ORDER BY id'),
    periods: all(ws, 'SELECT * FROM periods ORDER BY id'),
    measures: all(ws, 'SELECT * FROM measures ORDER BY id'),
    values: all(ws, 'SELECT * FROM measure_values ORDER BY partner_id, period_id, measure_id'),
    targets: all(ws, 'SELECT * FROM targets ORDER BY partner_id, period_id, measure_id'),
    registrations: all(ws, 'SELECT * FROM deal_registrations ORDER BY id'),
  };
}

/** A hash of the generated rows (not of measure or period definitions, which live elsewhere). */
export function fingerprint(ws: Workspace): string {
  const { partners, values, targets, registrations } = dump(ws);
  const json = JSON.stringify({ partners, values, targets, registrations });
  return createHash('sha256').update(json).digest('hex');
}

/** measure key → id of a workspace. */
export function measureIds(ws: Workspace): Map<string, number> {
  const rows = all<{ id: number; key: string }>(ws, 'SELECT id, key FROM measures');
  return new Map(rows.map((r) => [r.key, r.id]));
}
