/** `npm run bench`: every benchmark, one table. Figures, never pass/fail tests. */
import { runFoundationBench } from './foundation';
import { printTable, type BenchRow } from './table';

const suites: [string, () => Promise<BenchRow[]>][] = [['foundation', runFoundationBench]];

const only = process.argv[2];
const rows: BenchRow[] = [];
for (const [name, run] of suites) {
  if (only && only !== name) continue;
  console.error(`running ${name} benchmarks…`);
  rows.push(...(await run()));
}
console.log(
  `\nPartnerscope benchmarks — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
);
printTable(rows);
