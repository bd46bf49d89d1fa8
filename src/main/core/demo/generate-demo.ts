/**
 * Fills an empty workspace with a seeded, reproducible demo: partners of five types in four
 * regions, `quarters` quarters ending 2026-Q3 of revenue, quotas, deal registrations, enablement
 * and engagement facts. The same options always give the same content (only the import's
 * timestamps differ). Everything is written in one transaction: an error, or an exception thrown
 * by `onProgress` (to cancel), leaves the workspace untouched.
 */
import { AppError } from '../../../shared/errors';
import { demoOptionsSchema, type DemoOptions } from '../../../shared/api/workspace';
import { ensurePeriods } from '../workspace/periods';
import { STANDARD_MEASURES, ensureMeasures } from '../workspace/standard-measures';
import type { Workspace } from '../workspace/workspace';

/**
 * A demo workspace keeps the name of its file (so a recent list of several demos, or a demo
 * later filled with real data, tells them apart); only the app's own `demo` file is "Demo workspace".
 */
function demoName(fileName: string): string {
  return fileName === 'demo' || fileName === 'Workspace'
    ? 'Demo workspace'
    : `${fileName} (demo data)`;
}
import { accountManagers } from './account-managers';
import { generateCommercialFacts } from './commercial-facts';
import { generateRegistrations } from './deal-registrations';
import { finishDemoImport, startDemoImport } from './demo-import';
import { buildWindow, windowPeriods } from './demo-window';
import { DemoWriter } from './demo-writer';
import { deferIndexes } from './deferred-indexes';
import { REGIONS, type Region } from './geography';
import { CompanyNamer } from './names';
import { generateProfile } from './partner-profile';
import { generateProgramFacts } from './program-facts';
import { Rng } from './random';
import { rollUpRegistrations } from './registration-rollups';
import { bumpDataRevision } from '../workspace/data-revision';

/** Bumped whenever the generator's output for a given seed changes. */
export const DEMO_GENERATOR_VERSION = 1;

/** Share of VARs and MSPs buying through one of their region's distributors (≈10% of partners). */
const PARENT_RATE = 0.17;

/** Tables bulk-loaded with their secondary indexes built afterwards. */
const BULK_TABLES = ['measure_values', 'targets', 'deal_registrations'];

export interface DemoProgress {
  done: number;
  total: number;
  label: string;
}

export interface DemoSummary {
  partners: number;
  periods: number;
  values: number;
  targets: number;
  dealRegistrations: number;
  importId: number;
}

function validOptions(options: DemoOptions): DemoOptions {
  const parsed = demoOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Invalid demo options: ${parsed.error.message}`,
      options,
    );
  }
  return parsed.data;
}

/**
 * The generator's work as steps: it yields after each progress report, so that a caller can let
 * the event loop run (progress reaches a browser) between them. Runs inside the caller's
 * transaction.
 */
function* demoSteps(
  ws: Workspace,
  options: DemoOptions,
  onProgress?: (p: DemoProgress) => void,
): Generator<void, DemoSummary> {
  const { partners: total, quarters, seed } = options;
  const sqlite = ws.sqlite;
  const label = 'Generating demo partners';
  const measureIds = ensureMeasures(ws.db, STANDARD_MEASURES);
  const periodIds = ensurePeriods(ws.db, windowPeriods(quarters));
  const window = buildWindow(quarters, periodIds);
  const importId = startDemoImport(
    sqlite,
    { partners: total, quarters, seed },
    DEMO_GENERATOR_VERSION,
  );

  const restoreIndexes = deferIndexes(sqlite, BULK_TABLES);
  const writer = new DemoWriter(sqlite, importId, measureIds);
  const ctx = { window, accountManagers: accountManagers(seed), namer: new CompanyNamer() };
  const distributors = Object.fromEntries(REGIONS.map((r) => [r, [] as number[]])) as Record<
    Region,
    number[]
  >;
  const step = Math.max(1, Math.floor(total / 100));

  for (let i = 0; i < total; i++) {
    // Separate streams per partner: partner i is the same whatever the partner count.
    const rng = Rng.derive(seed, i, 1);
    const profile = generateProfile(rng, i, ctx);
    const parents = distributors[profile.region];
    const parentId =
      (profile.type === 'VAR' || profile.type === 'MSP') &&
      parents.length > 0 &&
      rng.chance(PARENT_RATE)
        ? rng.pick(parents)
        : null;
    const partnerId = writer.partner(profile, parentId);
    if (profile.type === 'Distributor') parents.push(partnerId);

    const facts = Rng.derive(seed, i, 2);
    const regs = generateRegistrations(facts, profile, window);
    writer.registrations(partnerId, regs);
    const sink = writer.sinkFor(partnerId);
    const rollups = rollUpRegistrations(regs, window.quarters);
    const revenues = generateCommercialFacts(facts, profile, window, rollups, sink);
    generateProgramFacts(facts, profile, window, revenues, sink);

    if ((i + 1) % step === 0 || i + 1 === total) {
      onProgress?.({ done: i + 1, total, label });
      yield;
    }
  }
  writer.flush();
  onProgress?.({ done: total, total, label: 'Indexing demo data' });
  yield;
  restoreIndexes();

  const { counts } = writer;
  finishDemoImport(sqlite, importId, counts);
  bumpDataRevision(sqlite);
  ws.setSetting('isDemo', true);
  ws.setSetting('name', demoName(ws.info().name));
  return {
    partners: counts.partners,
    periods: window.quarters.length,
    values: counts.values,
    targets: counts.targets,
    dealRegistrations: counts.registrations,
    importId,
  };
}

/** Checks the options and that the workspace is empty. */
function prepare(ws: Workspace, options: DemoOptions, onProgress?: (p: DemoProgress) => void) {
  const valid = validOptions(options);
  const existing = ws.sqlite.prepare('SELECT count(*) AS n FROM partners').get() as { n: number };
  if (existing.n > 0) {
    throw new AppError(
      'ALREADY_EXISTS',
      'Demo data can only be generated into an empty workspace.',
      {
        partners: existing.n,
      },
    );
  }
  onProgress?.({ done: 0, total: valid.partners, label: 'Generating demo partners' });
  return valid;
}

/**
 * Foreign keys are checked by construction here; SQLite's per-row checks would cost ~40% of the
 * run. The pragma only takes effect outside a transaction, and is restored afterwards.
 */
function withoutForeignKeyChecks<T>(ws: Workspace, run: () => T): T {
  const sqlite = ws.sqlite;
  const checkForeignKeys =
    !sqlite.inTransaction && sqlite.pragma('foreign_keys', { simple: true }) === 1;
  if (checkForeignKeys) sqlite.pragma('foreign_keys = OFF');
  const restore = () => {
    if (checkForeignKeys) sqlite.pragma('foreign_keys = ON');
  };
  let result: T;
  try {
    result = run();
  } catch (error) {
    restore();
    throw error;
  }
  if (result instanceof Promise) return result.finally(restore) as T;
  restore();
  return result;
}

export function generateDemo(
  ws: Workspace,
  options: DemoOptions,
  onProgress?: (p: DemoProgress) => void,
): DemoSummary {
  const valid = prepare(ws, options, onProgress);
  const run = ws.sqlite.transaction((): DemoSummary => {
    const steps = demoSteps(ws, valid, onProgress);
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
    }
  });
  return withoutForeignKeyChecks(ws, run);
}

/**
 * The same demo, letting the event loop run between progress steps (so that progress events
 * reach a browser while a large demo is generated). Only for a workspace no one else uses
 * meanwhile: its one transaction stays open across the pauses.
 */
export async function generateDemoInSteps(
  ws: Workspace,
  options: DemoOptions,
  onProgress?: (p: DemoProgress) => void,
): Promise<DemoSummary> {
  const valid = prepare(ws, options, onProgress);
  const sqlite = ws.sqlite;
  return withoutForeignKeyChecks(ws, async () => {
    sqlite.exec('BEGIN');
    try {
      const steps = demoSteps(ws, valid, onProgress);
      let lastPause = performance.now();
      for (;;) {
        const next = steps.next();
        if (next.done) {
          sqlite.exec('COMMIT');
          return next.value;
        }
        if (performance.now() - lastPause > 40) {
          await new Promise((resolve) => setImmediate(resolve));
          lastPause = performance.now();
        }
      }
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw error;
    }
  });
}
