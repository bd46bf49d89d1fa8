import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/errors';

/** The repository (or installed package) root: the folder whose package.json is ours. */
export function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const pkg = join(dir, 'package.json');
    if (
      existsSync(pkg) &&
      (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'partnerscope'
    ) {
      return dir;
    }
    dir = dirname(dir);
  }
  throw new AppError('INTERNAL', 'Could not find the Partnerscope installation folder.');
}

/** out/renderer, built on first use so that `npx partnerscope serve` works on a fresh clone. */
export function ensureRendererBuild(log: (line: string) => void): string {
  const root = appRoot();
  const dir = join(root, 'out', 'renderer');
  if (existsSync(join(dir, 'index.html'))) return dir;
  log('Building the app once (npm run build)…');
  const bin = join(
    root,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite',
  );
  const result = spawnSync(bin, ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0 || !existsSync(join(dir, 'index.html'))) {
    throw new AppError('INTERNAL', 'Building the app failed; run `npm run build` to see why.');
  }
  return dir;
}
