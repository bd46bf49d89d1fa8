/** Where the shared real datasets live, relative to the repository (../shared/datasets). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function dataset(name: string): {
  dir: string;
  present: boolean;
  title: (what: string) => string;
} {
  const dir = join(repoRoot, '..', 'shared', 'datasets', name);
  const present = existsSync(dir);
  if (!present) console.warn(`SKIPPED: the ${name} tests need ${dir}, which is not there.`);
  return {
    dir,
    present,
    title: (what) => (present ? what : `${what} — SKIPPED: dataset folder ${dir} not found`),
  };
}
