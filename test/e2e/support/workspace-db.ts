/** Reads a workspace file directly (read-only), to check what the app shows against the truth. */
import Database from 'better-sqlite3';

export interface DatabaseCounts {
  partners: number;
  activePartners: number;
  periods: number;
  measures: number;
  values: number;
  targets: number;
  dealRegistrations: number;
  imports: number;
}

/** Runs one query on the workspace and closes it again, so the running host is not disturbed. */
export function queryWorkspace<T>(workspacePath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(workspacePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function countRows(workspacePath: string, sql: string): number {
  const [row] = queryWorkspace<{ n: number }>(workspacePath, sql);
  if (!row) throw new Error(`no row from: ${sql}`);
  return row.n;
}

export function databaseCounts(workspacePath: string): DatabaseCounts {
  const count = (sql: string) => countRows(workspacePath, sql);
  return {
    partners: count('SELECT count(*) AS n FROM partners'),
    activePartners: count("SELECT count(*) AS n FROM partners WHERE status = 'active'"),
    periods: count('SELECT count(*) AS n FROM periods'),
    measures: count('SELECT count(*) AS n FROM measures'),
    values: count('SELECT count(*) AS n FROM measure_values'),
    targets: count('SELECT count(*) AS n FROM targets'),
    dealRegistrations: count('SELECT count(*) AS n FROM deal_registrations'),
    imports: count("SELECT count(*) AS n FROM imports WHERE status = 'committed'"),
  };
}

/** The workspace's own name setting (stored as JSON). */
export function workspaceName(workspacePath: string): string {
  const [row] = queryWorkspace<{ value: string }>(
    workspacePath,
    "SELECT value FROM settings WHERE key = 'name'",
  );
  if (!row) throw new Error('the workspace has no name setting');
  return JSON.parse(row.value) as string;
}
