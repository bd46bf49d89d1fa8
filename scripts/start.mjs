// `npm start`: the desktop app when Electron can run here, else the browser mode, said in one line.
// For the desktop app, better-sqlite3 needs a build for Electron's ABI; it is made once into
// .native/electron-<abi>/ so that the Node build in node_modules (used by tests and the CLI) stays.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, copyFileSync, cpSync, rmSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const quiet = { cwd: root, stdio: 'ignore', timeout: 120_000 };
const bin = (name) =>
  join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function browserMode(reason) {
  console.log(`${reason}; starting the browser mode instead.`);
  const child = spawn(
    process.execPath,
    [join(root, 'bin', 'partnerscope.mjs'), 'serve', '--open'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  child.on('exit', (code) => process.exit(code ?? 0));
}

/** The Electron executable, downloading it on first use; null when it cannot be had. */
function electronBinary() {
  const dir = dirname(require.resolve('electron/package.json'));
  const install = spawnSync(process.execPath, [join(dir, 'install.js')], quiet);
  if (install.status !== 0) return null;
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(exe) ? exe : null;
}

/** better-sqlite3 compiled for this Electron, built once into .native/. */
function ensureElectronSqlite(exe) {
  const probe = spawnSync(
    exe,
    ['-p', 'process.versions.modules + " " + process.versions.electron'],
    {
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      encoding: 'utf8',
    },
  );
  const [abi, version] = (probe.stdout ?? '').trim().split(' ');
  if (!abi || !version) return null;
  const target = join(root, '.native', `electron-${abi}`, 'better_sqlite3.node');
  if (existsSync(target)) return target;
  console.log(`Preparing the database engine for Electron ${version} (once)…`);
  const src = dirname(require.resolve('better-sqlite3/package.json'));
  const work = join(tmpdir(), `partnerscope-sqlite-${abi}`);
  rmSync(work, { recursive: true, force: true });
  cpSync(src, work, { recursive: true, filter: (p) => !p.includes(`${join('build', 'Release')}`) });
  const args = [
    '--runtime=electron',
    `--target=${version}`,
    '--dist-url=https://electronjs.org/headers',
  ];
  const prebuilt = spawnSync(bin('prebuild-install'), args, { ...quiet, cwd: work });
  const built =
    prebuilt.status === 0 ||
    spawnSync(
      bin('node-gyp'),
      ['rebuild', '--release', `--target=${version}`, '--dist-url=https://electronjs.org/headers'],
      {
        ...quiet,
        cwd: work,
      },
    ).status === 0;
  const output = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (!built || !existsSync(output)) return null;
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(output, target);
  return target;
}

const exe = electronBinary();
if (!exe) {
  browserMode('Electron is not available on this machine (its binary could not be downloaded)');
} else {
  const binding = ensureElectronSqlite(exe);
  if (!binding) {
    browserMode('The database engine could not be built for Electron on this machine');
  } else {
    const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
    const app = spawn(exe, [root], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, PARTNERSCOPE_SQLITE_BINDING: binding },
    });
    app.on('exit', (code) => process.exit(code ?? 0));
  }
}
