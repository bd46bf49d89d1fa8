/**
 * Improvement-loop bench on the 10 000-partner demo workspace the other benches use: drafting
 * the suggested issues (baseline flags, bottom-quartile KPIs, risk flags, cohorts), the demo's
 * issue and action history, the backlog with progress, the progress report and the matched
 * comparison (2 000 bootstrap resamples). `npm run bench -- improvement`.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateImprovementDemo } from '../src/main/core/demo/improvement-demo';
import { listBacklog } from '../src/main/core/improvement/backlog';
import { didItWork } from '../src/main/core/improvement/did-it-work';
import { progressReport } from '../src/main/core/improvement/progress-report';
import { listSuggestions } from '../src/main/core/improvement/suggestions';
import { Workspace } from '../src/main/core/workspace/workspace';
import { benchWorkspace, median, repeat, timedSync } from './measure';
import { ms, type BenchRow } from './table';

export async function runImprovementBench(
  log: (line: string) => void = console.error,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const shared = benchWorkspace(10_000, 12, 42, log);
  const dir = mkdtempSync(join(tmpdir(), 'partnerscope-improvement-bench-'));
  const file = join(dir, 'bench.partnerscope');
  copyFileSync(shared, file);
  const ws = Workspace.open(file);
  try {
    const [first, cold] = timedSync(() => listSuggestions(ws, { limit: 50 }));
    rows.push({
      benchmark: 'improvement: suggested issues, 10k partners, cold',
      measured: ms(cold),
      note: `${first.suggestions.length + first.more} findings; includes scoring the periods`,
    });
    const warm = median(repeat(3, () => listSuggestions(ws, { limit: 50 })));
    rows.push({
      benchmark: 'improvement: suggested issues, 10k partners, warm',
      measured: ms(warm),
    });
    const [demo, demoMs] = timedSync(() => generateImprovementDemo(ws, 42));
    rows.push({
      benchmark: 'improvement: demo history',
      measured: ms(demoMs),
      note: `${demo.issues} issues, ${demo.actions} actions`,
    });
    const backlog = median(repeat(3, () => listBacklog(ws, { status: 'all' })));
    rows.push({ benchmark: 'improvement: backlog with progress', measured: ms(backlog) });
    const progress = median(
      repeat(3, () => progressReport(ws, { groupBy: 'issue', status: 'all' })),
    );
    rows.push({
      benchmark: 'improvement: progress report + cumulative impact',
      measured: ms(progress),
    });
    const [w, compare] = timedSync(() => didItWork(ws, { kpi: 'score', resamples: 2000, seed: 1 }));
    rows.push({
      benchmark: 'improvement: did it work (matched, 2000 resamples)',
      measured: ms(compare),
      note: `${w.pairs.length} pairs, ${w.unmatched.length} unmatched`,
    });
  } finally {
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
