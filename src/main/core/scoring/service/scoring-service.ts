/**
 * The scoring context of one open workspace: it owns every cache of scored results — the loaded
 * dataset, compiled plans, weight-independent period scores (so that a weight-only rescore is a
 * weighted sum), trends, and whatever other modules keep through `memo` (scored selections, KPI
 * columns, exposure columns, peer statistics). All of it is keyed by the workspace's data revision
 * (workspace/data-revision.ts): only a data-changing write moves it, and the next call then starts
 * from a freshly loaded dataset. Saves of settings, views, notes or methodologies reload nothing.
 */
import type { MethodologyDefinition } from '../../../../shared/api/scoring-methodology';
import { AppError } from '../../../../shared/errors';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Workspace } from '../../workspace/workspace';
import { compileMethodology, knownMeasures } from '../compile-methodology';
import { partnerCount, type PeriodInfo, type ScoringDataset } from '../dataset';
import { answerFileName, namesOneState, readAnswerFile, writeAnswerFile } from '../answer-files';
import { DatasetFormulaData } from '../dataset-formula-data';
import { cacheDir, datasetCacheEnabled, loadDatasetCached } from '../dataset-cache';
import { readTrend, trendFileName, writeTrend } from '../trend-cache';
import { loadDataset } from '../load-dataset';
import type { MethodologyPlan } from '../plan';
import type { PeriodScores } from '../score-period';
import { structuralScores, type StructuralScores } from '../structural-scores';
import { scoreAllPeriods, type TrendSeries } from '../trend';
import { weightedScores } from '../weighted-scores';
import { canonicalJson } from '../versions/canonical-json';
import { dataRevisionKey } from '../../workspace/data-revision';
import { applyCorrections, correctionsSignature } from '../../disputes/correction-overlay';

interface Loaded {
  revision: string;
  persistKey: string | null;
  dataset: ScoringDataset;
  data: DatasetFormulaData;
  loadMs: number;
}

const MAX_CACHED = 24;

export class ScoringService {
  /** The revision everything kept below belongs to. */
  private current: string | null = null;
  private loaded: Loaded | null = null;
  private readonly plans = new Map<string, MethodologyPlan>();
  private readonly structural = new Map<string, StructuralScores>();
  private readonly trends = new Map<string, TrendSeries>();
  private readonly memos = new Map<string, Map<string, unknown>>();
  /** How many times the dataset was loaded (a test's view of invalidation). */
  reloads = 0;

  constructor(private readonly ws: Workspace) {}

  /** The data revision the cached state belongs to (see data-revision.ts). */
  revision(): string {
    // Corrections in force depend on the day too: an expiry passes without any write.
    return `${dataRevisionKey(this.ws.sqlite)}:${correctionsSignature(this.ws.sqlite)}`;
  }

  /**
   * Keeps `compute()`'s result for the current data revision under `namespace` + `key` (at most
   * `limit` entries per namespace, oldest dropped first). Callers must not mutate the result.
   */
  memo<T>(namespace: string, key: string, compute: () => T, limit = MAX_CACHED): T {
    this.sync();
    let entries = this.memos.get(namespace) as Map<string, T> | undefined;
    if (!entries) {
      entries = new Map();
      this.memos.set(namespace, entries);
    }
    if (entries.has(key)) return entries.get(key)!;
    const value = compute();
    if (entries.size >= limit) entries.delete(entries.keys().next().value as string);
    entries.set(key, value);
    return value;
  }

  /**
   * Drops everything kept for an older revision (without loading the new one: a memo whose answer
   * was kept on disk needs no dataset) and returns the current revision.
   */
  sync(): string {
    const revision = this.revision();
    if (this.current === revision) return revision;
    // Let go of the old revision's dataset and scores before loading the new one, so the two never
    // share the heap (at 100,000 partners each dataset is ~150 MB, its scores as much again).
    this.current = revision;
    this.loaded = null;
    this.plans.clear();
    this.structural.clear();
    this.trends.clear();
    this.memos.clear();
    return revision;
  }

  load(): Loaded {
    const revision = this.sync();
    if (this.loaded) return this.loaded;
    const started = performance.now();
    const cached = datasetCacheEnabled() ? loadDatasetCached(this.ws.sqlite, this.ws.path) : null;
    const dataset = cached?.dataset ?? loadDataset(this.ws.sqlite);
    applyCorrections(this.ws.sqlite, dataset);
    this.loaded = {
      revision,
      // The persisted trend's key: the content key the dataset was read under (the revision and,
      // for workspaces older than revisions, the tables' counters) and the corrections in force.
      persistKey: cached ? `${cached.key}|${revision}` : null,
      dataset,
      data: new DatasetFormulaData(dataset),
      loadMs: performance.now() - started,
    };
    this.reloads++;
    const kept = this.periodsFile(revision);
    if (kept && !existsSync(join(kept.dir, kept.name)))
      writeAnswerFile(kept.dir, kept.name, [Buffer.from(JSON.stringify(dataset.periods), 'utf8')]);
    return this.loaded;
  }

  /**
   * The dataset's periods, from the workspace's cache folder when they were kept for this revision
   * (a cold open's period selector needs no dataset), else from the loaded dataset (and kept).
   */
  periods(): PeriodInfo[] {
    const revision = this.sync();
    if (this.loaded) return this.loaded.dataset.periods;
    const kept = this.periodsFile(revision);
    const bytes = kept && readAnswerFile(kept.dir, kept.name);
    if (bytes) {
      try {
        const periods = JSON.parse(bytes.toString('utf8')) as unknown;
        if (Array.isArray(periods)) return periods as PeriodInfo[];
      } catch {
        // Damaged: read from the dataset (which keeps them again).
      }
    }
    return this.load().dataset.periods;
  }

  /** Where this revision's periods are kept (null: not kept for this workspace). */
  private periodsFile(revision: string) {
    const path = this.ws.path;
    if (path === ':memory:' || !namesOneState(revision) || !datasetCacheEnabled()) return null;
    return { dir: cacheDir(path), name: answerFileName('periods', revision, '', 'json') };
  }

  plan(definition: MethodologyDefinition): MethodologyPlan {
    const { dataset } = this.load();
    const key = canonicalJson(definition);
    let plan = this.plans.get(key);
    if (!plan) {
      plan = compileMethodology(definition, knownMeasures(dataset.measures.map((m) => m.key)));
      remember(this.plans, key, plan);
    }
    return plan;
  }

  periodIndex(key: string | undefined): number {
    const { dataset } = this.load();
    if (dataset.periods.length === 0) {
      throw new AppError(
        'INVALID_DATA',
        'The workspace has no periods with data yet; import data first.',
      );
    }
    if (key === undefined) return dataset.periods.length - 1;
    const t = dataset.periods.findIndex((p) => p.key === key);
    if (t < 0) {
      const known = dataset.periods.map((p) => p.key);
      throw new AppError(
        'NOT_FOUND',
        `No period ${key}; the workspace has ${known[0]} to ${known[known.length - 1]}.`,
        {
          periods: known,
        },
      );
    }
    return t;
  }

  /**
   * Scores of one period; `fastPath` tells whether only the weights had to be applied. Previews
   * pass `keepContributions: false` (the composite is still the sum of the contributions).
   */
  score(
    plan: MethodologyPlan,
    t: number,
    keepContributions = true,
    /** See `weightedScores`: a what-if's scenario side needs no group scores. */
    compositeOnly = false,
  ): PeriodScores & { fastPath: boolean } {
    const { dataset, data } = this.load();
    const key = `${t}|${plan.structuralKey}`;
    let structural = this.structural.get(key);
    const fastPath = structural !== undefined;
    if (!structural) {
      structural = structuralScores(plan, dataset, data, t);
      remember(this.structural, key, structural);
    }
    return {
      structural,
      weighted: weightedScores(plan, dataset, structural, keepContributions, compositeOnly),
      fastPath,
    };
  }

  trend(plan: MethodologyPlan): TrendSeries {
    const { dataset } = this.load();
    const key = canonicalJson(plan.definition);
    let trend = this.trends.get(key);
    if (!trend) {
      trend = this.persistedTrend(plan, key, dataset);
      remember(this.trends, key, trend);
    }
    return trend;
  }

  /** How many trends were read from the workspace's cache folder (a test's view). */
  trendsRead = 0;

  /** The trend from the cache folder when it was scored for this revision, else scored (and kept). */
  private persistedTrend(plan: MethodologyPlan, key: string, dataset: ScoringDataset): TrendSeries {
    const path = this.ws.path;
    const { persistKey } = this.load();
    if (path === ':memory:' || persistKey === null) return scoreAllPeriods(plan, dataset);
    const dir = cacheDir(path);
    const name = trendFileName(persistKey, key);
    const read = readTrend(dir, name, partnerCount(dataset), dataset.periods.length);
    if (read) {
      this.trendsRead++;
      return read;
    }
    const trend = scoreAllPeriods(plan, dataset);
    writeTrend(dir, name, trend);
    return trend;
  }
}

function remember<T>(map: Map<string, T>, key: string, value: T) {
  if (map.size >= MAX_CACHED) map.delete(map.keys().next().value as string);
  map.set(key, value);
}

const services = new WeakMap<Workspace, ScoringService>();

export function scoringService(ws: Workspace): ScoringService {
  let service = services.get(ws);
  if (!service) {
    service = new ScoringService(ws);
    services.set(ws, service);
  }
  return service;
}
