/** `npm run bench [suite…]`: every benchmark, one table. Figures, never pass/fail tests. */
import { runBenchmarkBench } from './benchmark';
import { runExportBench } from './export';
import { runFoundationBench } from './foundation';
import { runImportBench } from './import';
import { runDealImportBench } from './import-deals';
import { runMdfBench } from './mdf';
import { runImprovementBench } from './improvement';
import { runMethodologyBench } from './methodology';
import { runScaleBench } from './scale';
import { runScoringBench } from './scoring';
import { runViewsBench } from './views';
import { runWhatIfBench } from './whatif';
import { runWhatIfUiBench } from './whatif-ui';
import { runWorkerBench } from './worker';
import { printTable, type BenchRow } from './table';

const args = process.argv.slice(2);
/** `--partners=10000[,100000]`: the sizes the scale suite runs at. */
const partnerSizes =
  args
    .find((a) => a.startsWith('--partners='))
    ?.slice('--partners='.length)
    .split(',')
    .map(Number) ?? null;

const suites: [string, () => Promise<BenchRow[]>][] = [
  ['foundation', runFoundationBench],
  ['import', () => runImportBench()],
  ['import-deals', () => runDealImportBench()],
  ['scoring', () => runScoringBench()],
  ['views', runViewsBench],
  ['benchmark', () => runBenchmarkBench()],
  ['export', runExportBench],
  ['whatif', () => runWhatIfBench()],
  ['whatif-ui', runWhatIfUiBench],
  ['worker', runWorkerBench],
  ['scale', () => runScaleBench(partnerSizes ?? undefined)],
  ['mdf', () => runMdfBench()],
  ['improvement', () => runImprovementBench()],
  ['methodology', runMethodologyBench],
];

const only = args.filter((a) => !a.startsWith('--'));
const rows: BenchRow[] = [];
for (const [name, run] of suites) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.error(`running ${name} benchmarks…`);
  rows.push(...(await run()));
}
console.log(
  `\nPartnerscope benchmarks — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
);
printTable(rows);
