#!/usr/bin/env node
// The `partnerscope` command. It runs the built CLI (`out/main/cli.js`, written by
// `npm run build` / `npm start` / `npm test`), which loads only the modules a command needs.
// Where there is no build yet, or the sources changed since, it runs the TypeScript sources
// through tsx instead, so the command works right after `npm ci` and never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'out', 'main', 'cli.js');

/** True when any file under `dir` is newer than `time` (ms). */
function changedSince(dir, time) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() ? changedSince(path, time) : statSync(path).mtimeMs > time) return true;
  }
  return false;
}

function builtIsCurrent() {
  if (!existsSync(built)) return false;
  const src = join(root, 'src');
  // An installed package ships no sources: its build is what there is.
  if (!existsSync(src)) return true;
  const time = statSync(built).mtimeMs;
  return !changedSince(join(src, 'main'), time) && !changedSince(join(src, 'shared'), time);
}

// `partnerscope … | head`: a reader that stops reading ends the command quietly, as other
// command-line tools do, instead of an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

let main;
if (process.env.PARTNERSCOPE_CLI_FROM_SOURCES !== '1' && builtIsCurrent()) {
  ({ main } = await import(pathToFileURL(built).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
