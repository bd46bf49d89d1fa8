// `npm test`: unit and integration tests (vitest, real SQLite), then end-to-end tests (Playwright
// in Chromium through the browser host). Fixed time zone and locale so results never depend on
// the machine. Flags: --unit-only, --e2e-only; anything else is passed to Playwright.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const unitOnly = args.includes('--unit-only');
const e2eOnly = args.includes('--e2e-only');
const passThrough = args.filter((a) => a !== '--unit-only' && a !== '--e2e-only');
const env = { ...process.env, TZ: 'UTC', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };
const bin = (name) =>
  join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function run(command, commandArgs, extraEnv = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  return result.status ?? 1;
}

/** Playwright's own Chromium when installed, else the system's, else null. */
function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH))
    return process.env.CHROMIUM_PATH;
  try {
    const own = require('playwright-core').chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // playwright-core not resolvable or no browser downloaded
  }
  for (const candidate of [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function rendererIsStale() {
  const index = join(root, 'out', 'renderer', 'index.html');
  if (!existsSync(index)) return true;
  const sources = Math.max(
    newestMtime(join(root, 'src', 'renderer')),
    newestMtime(join(root, 'src', 'shared')),
  );
  return sources > statSync(index).mtimeMs;
}

let status = 0;
if (!e2eOnly) status = run(bin('vitest'), ['run']);

if (!unitOnly && status === 0) {
  const chromium = findChromium();
  if (!chromium) {
    console.error(
      'No Chromium found for the end-to-end tests. Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`; or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  if (rendererIsStale()) status = run(bin('electron-vite'), ['build']);
  if (status === 0)
    status = run(bin('playwright'), ['test', ...passThrough], { CHROMIUM_PATH: chromium });
}
process.exit(status);
