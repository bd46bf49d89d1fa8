import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where Partnerscope keeps its own files (recent list, the demo workspace) when not in Electron.
 * PARTNERSCOPE_HOME overrides it (tests give each run its own folder).
 */
export function defaultHomeDir(): string {
  if (process.env.PARTNERSCOPE_HOME) return process.env.PARTNERSCOPE_HOME;
  const base = process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share');
  return join(base, 'partnerscope');
}
