/**
 * better-sqlite3 is compiled for Node (tests, CLI, browser host). Inside Electron, whose Node has
 * another ABI, the desktop launcher (scripts/start.mjs) builds a second copy under
 * `.native/electron-<abi>/` and Electron loads that one through the `nativeBinding` option, so the
 * two builds coexist and `npm test` keeps working.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function electronNativeBinding(): string | undefined {
  if (!process.versions.electron) return undefined;
  const fromEnv = process.env.PARTNERSCOPE_SQLITE_BINDING;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const name = join('.native', `electron-${process.versions.modules}`, 'better_sqlite3.node');
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  // A packaged app's better-sqlite3 was rebuilt for Electron by electron-builder: use the default.
  return undefined;
}
