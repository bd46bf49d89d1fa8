/**
 * Investment-planning bench: the allocation solver alone (water-filling and cent rounding) on
 * 100 000 partners with binding minimum and maximum, and a whole proposal (criterion, eligibility,
 * explanations) on the 10 000-partner demo workspace the other benches use, cold (first scoring
 * of the period) and warm (a rule changed: the what-if on the rules), plus saving that plan.
 * `runMdfBench()` for `npm run bench -- mdf`; standalone: `npx tsx bench/mdf.ts`.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdfProposalInputSchema } from '../src/shared/api/mdf';
import { allocate } from '../src/main/core/mdf/allocate';
import { savePlan } from '../src/main/core/mdf/plan-store';
import { proposeAllocation } from '../src/main/core/mdf/propose';
import { Workspace } from '../src/main/core/workspace/workspace';
import { benchWorkspace, median, repeat, timedSync } from './measure';
import { ms, printTable, type BenchRow } from './table';

export async function runMdfBench(
  log: (line: string) => void = console.error,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // Solver: 100k partners, weights 0–100 squared, min and max both binding.
  const n = 100_000;
  let seed = 7;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const candidates = Array.from({ length: n }, () => ({
    weight: (rand() * 100) ** 2,
    eligible: rand() > 0.1,
  }));
  const bounds = {
    budgetCents: 5_000_000_000,
    reserveShare: 0.1,
    minCents: 10_000,
    maxCents: 100_000,
  };
  const [first] = timedSync(() => allocate(candidates, bounds));
  const solve = median(repeat(5, () => allocate(candidates, bounds)));
  rows.push({
    benchmark: 'mdf: allocate 100k partners (min and max bind)',
    measured: ms(solve),
    note: `${first.bound.filter((b) => b === 'max').length} at max, ${first.bound.filter((b) => b === 'min').length} at min; total exact`,
  });

  const shared = benchWorkspace(10_000, 12, 42, log);
  const dir = mkdtempSync(join(tmpdir(), 'partnerscope-mdf-bench-'));
  const file = join(dir, 'bench.partnerscope');
  copyFileSync(shared, file);
  const ws = Workspace.open(file);
  try {
    const input = mdfProposalInputSchema.parse({ budgetCents: 2_000_000_000 });
    const [, cold] = timedSync(() => proposeAllocation(ws, input));
    rows.push({
      benchmark: 'mdf: propose, 10k partners, cold',
      measured: ms(cold),
      note: 'includes scoring the period',
    });
    let k = 0;
    const warm = median(
      repeat(5, () =>
        proposeAllocation(ws, {
          ...input,
          rules: { ...input.rules, minCents: 10_000 * (1 + (k++ % 3)) },
        }),
      ),
    );
    rows.push({
      benchmark: 'mdf: propose, 10k partners, a rule changed',
      measured: ms(warm),
      note: 'what-if on the rules',
    });
    const [, save] = timedSync(() => savePlan(ws, { ...input, name: 'bench', note: '' }));
    rows.push({ benchmark: 'mdf: save a 10k-partner plan', measured: ms(save) });
  } finally {
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printTable(await runMdfBench());
}
