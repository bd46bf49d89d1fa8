/**
 * Scoring bench: 10 000 partners × 12 quarters × 30 KPIs on a seeded demo workspace (generated
 * once into the temp folder). Measures loading from SQLite, a full score, a weight-only rescore
 * and memory, and sets the engine beside one SQL query computing the same composite in SQLite.
 * `runScoringBench()` for `npm run bench`; standalone: `npx tsx bench/scoring.ts [--partners N]
 * [--quarters Q]`.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { compileMethodology, knownMeasures } from '../src/main/core/scoring/compile-methodology';
import type { ScoringDataset } from '../src/main/core/scoring/dataset';
import { DatasetFormulaData } from '../src/main/core/scoring/dataset-formula-data';
import { loadDataset } from '../src/main/core/scoring/load-dataset';
import { scorePeriod } from '../src/main/core/scoring/score-period';
import { weightedScores } from '../src/main/core/scoring/weighted-scores';
import { fullLibraryMethodology, sqlComparableMethodology } from './scoring-methodologies';
import { compositeSql } from './sql-composite';
import { benchWorkspace, best, cpuPerRun, median, repeat, timedSync } from './measure';
import { ms, printTable, type BenchRow } from './table';

export interface ScoringBenchOptions {
  partners?: number;
  quarters?: number;
  seed?: number;
  log?: (line: string) => void;
}

export async function runScoringBench(options: ScoringBenchOptions = {}): Promise<BenchRow[]> {
  const { partners = 10_000, quarters = 12, seed = 42, log = console.error } = options;
  const file = benchWorkspace(partners, quarters, seed, log);

  // Load: a fresh connection each time, as when a workspace is opened.
  const loads: number[] = [];
  let ds: ScoringDataset | undefined;
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < 3; i++) {
    const db = new Database(file, { readonly: true });
    const [loaded, elapsed] = timedSync(() => loadDataset(db));
    db.close();
    ds = loaded;
    loads.push(elapsed);
  }
  const cpuUsed = process.cpuUsage(cpuStart);
  const loadCpu = (cpuUsed.user + cpuUsed.system) / 1000 / 3;
  const dataset = ds!;
  const values = dataset.values.filter((x) => !Number.isNaN(x)).length;
  const scale = `${dataset.partners.id.length.toLocaleString('en-US')} partners × ${dataset.periods.length} quarters`;
  return [
    {
      benchmark: `scoring: load ${scale} from SQLite`,
      measured: ms(median(loads)),
      target: '≤ 1,500 ms',
      met: median(loads) <= 1500,
      note: `median of 3 (best ${ms(best(loads))}, first ${ms(loads[0]!)}, CPU ${ms(loadCpu)}); ${values.toLocaleString('en-US')} values; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`,
    },
    ...scoreRows(dataset, file, log),
  ];
}

function scoreRows(ds: ScoringDataset, file: string, log: (line: string) => void): BenchRow[] {
  const rows: BenchRow[] = [];
  const measures = knownMeasures(ds.measures.map((m) => m.key));
  const base = fullLibraryMethodology();
  const plan = compileMethodology(base, measures);
  const t = ds.periods.length - 1;
  log(`scoring ${plan.kpis.length} KPIs…`);
  const [first, cold] = timedSync(() => scorePeriod(plan, ds, t, new DatasetFormulaData(ds)));
  const full = repeat(10, () => scorePeriod(plan, ds, t, new DatasetFormulaData(ds)));
  const cpuMs = cpuPerRun(5, () => scorePeriod(plan, ds, t, new DatasetFormulaData(ds)));
  rows.push({
    benchmark: `scoring: full score, ${plan.kpis.length} KPIs, one period`,
    measured: ms(median(full)),
    target: '≤ 50 ms',
    met: median(full) <= 50,
    note: `median of 10 (best ${ms(best(full))}; first, JIT cold: ${ms(cold)}; CPU ${ms(cpuMs)} per run incl. GC threads); ${first.structural.rows.length.toLocaleString('en-US')} partners`,
  });

  const reweighted = compileMethodology(
    {
      ...base,
      groupWeights: { revenue: 30, pipeline: 30, enablement: 25, engagement: 15 },
      kpis: base.kpis.map((k, i) => ({ ...k, weight: 1 + ((i * 7) % 11) })),
    },
    measures,
  );
  weightedScores(reweighted, ds, first.structural, false);
  const rescore = repeat(20, () => weightedScores(reweighted, ds, first.structural, false));
  const rescoreAll = repeat(20, () => weightedScores(reweighted, ds, first.structural, true));
  const rescoreCpu = cpuPerRun(20, () => weightedScores(reweighted, ds, first.structural, false));
  rows.push({
    benchmark: 'scoring: weight-only rescore (cached normalised matrix)',
    measured: ms(median(rescore)),
    target: '≤ 5 ms',
    met: median(rescore) <= 5,
    note: `median of 20 (best ${ms(best(rescore))}, CPU ${ms(rescoreCpu)}): composites, coverage, ranks, tiers; ${ms(median(rescoreAll))} keeping all ${plan.kpis.length} contributions per partner`,
  });

  const memory = process.memoryUsage();
  rows.push({
    benchmark: 'scoring: memory (RSS) after loading, scoring and rescoring',
    measured: `${(memory.rss / 2 ** 20).toFixed(0)} MiB`,
    target: '≤ 500 MiB',
    met: memory.rss <= 500 * 2 ** 20,
    note: `before the SQL baseline; heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB; value and target cubes ${((ds.values.byteLength + ds.targets.byteLength) / 2 ** 20).toFixed(0)} MiB`,
  });

  // The same composite as one SQL query.
  const sqlPlan = compileMethodology(sqlComparableMethodology(), measures);
  const engine = repeat(5, () => scorePeriod(sqlPlan, ds, t, new DatasetFormulaData(ds)));
  const db = new Database(file, { readonly: true });
  const ids = new Map(
    (db.prepare('SELECT key, id FROM measures').all() as { key: string; id: number }[]).map((r) => [
      r.key,
      r.id,
    ]),
  );
  const period = db
    .prepare('SELECT id, end_date AS endDate FROM periods WHERE key = ?')
    .get(ds.periods[t]!.key) as { id: number; endDate: string };
  const statement = db.prepare(compositeSql(sqlPlan, ids, period.id, period.endDate));
  let sqlRows: { id: number; composite: number | null }[] = [];
  const sql = repeat(3, () => (sqlRows = statement.all() as typeof sqlRows));
  db.close();
  const scored = scorePeriod(sqlPlan, ds, t);
  const byId = new Map(sqlRows.map((r) => [r.id, r.composite]));
  let maxDiff = 0;
  scored.structural.rows.forEach((p, i) => {
    const a = scored.weighted.composite[i]!;
    const b = byId.get(ds.partners.id[p]!) ?? null;
    const agree = Number.isNaN(a) ? b === null : b !== null;
    maxDiff = Math.max(maxDiff, !agree ? Infinity : b === null ? 0 : Math.abs(a - b));
  });
  rows.push({
    benchmark: `scoring: a ${sqlPlan.kpis.length}-KPI composite, engine`,
    measured: ms(median(engine)),
    note: 'period window; min–max and percentile-within-type; missing KPIs re-weighted',
  });
  rows.push({
    benchmark: '  baseline: the same composite as one SQL query in SQLite',
    measured: ms(median(sql)),
    note: `SQL ÷ engine = ${(median(sql) / median(engine)).toFixed(1)}×; ${sqlRows.length.toLocaleString('en-US')} rows; max |engine − SQL| = ${maxDiff.toExponential(1)}`,
  });

  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { partners: { type: 'string' }, quarters: { type: 'string' } },
  });
  printTable(
    await runScoringBench({
      partners: values.partners ? Number(values.partners) : undefined,
      quarters: values.quarters ? Number(values.quarters) : undefined,
    }),
  );
}
