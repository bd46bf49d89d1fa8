/**
 * What the engine benches share: timing helpers and the seeded demo workspace they run on
 * (generated once into the temp folder and reused across runs and suites).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo } from '../src/main/core/demo/generate-demo';
import { Workspace } from '../src/main/core/workspace/workspace';

export function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Best run: on a shared machine the least disturbed one is closest to the cost of the work. */
export function best(xs: number[]): number {
  return Math.min(...xs);
}

export function timedSync<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const result = fn();
  return [result, performance.now() - started];
}

export function repeat(times: number, fn: () => unknown): number[] {
  return Array.from({ length: times }, () => timedSync(fn)[1]);
}

/** CPU time (user + system, all threads of the process) per run: less disturbed by other load. */
export function cpuPerRun(times: number, fn: () => unknown): number {
  const start = process.cpuUsage();
  for (let i = 0; i < times; i++) fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / times;
}

/**
 * The seeded demo workspace of `partners` × `quarters` (same name, same generator for every
 * suite), generated when missing. Suites that write copy it first.
 */
/**
 * A tag of the workspace schema (the migrations' file names): cached bench workspaces carry it in
 * their names, so one written by another schema (a branch that numbered its migrations
 * differently) is never reused.
 */
export function schemaTag(): string {
  const names = readdirSync(new URL('../migrations/', import.meta.url))
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 8);
}

export function benchWorkspace(
  partners: number,
  quarters: number,
  seed: number,
  log: (line: string) => void,
): string {
  const dir = join(tmpdir(), 'partnerscope-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `scoring-${partners}x${quarters}-seed${seed}-${schemaTag()}.partnerscope`);
  if (existsSync(file)) return file;
  log(`generating the bench workspace once (${partners} partners × ${quarters} quarters)…`);
  const partial = `${file}.partial`;
  const ws = Workspace.create(partial, true);
  generateDemo(ws, { partners, quarters, seed });
  ws.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  ws.close();
  renameSync(partial, file);
  return file;
}
