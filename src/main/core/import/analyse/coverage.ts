/**
 * The coverage matrix: for every measure and period the import writes, which of its partners
 * have a value and which lack one (listed, up to 20 per cell of the matrix).
 */
import type { CoverageGap, ImportReport } from '../../../../shared/api/import';

export interface CoverageCell {
  measure: string;
  period: string;
  partner: number;
}

const MAX_GAPS = 500;
const SAMPLE = 20;

export function coverageMatrix(
  cells: CoverageCell[],
  partnerKeys: string[],
  periodOrder: (a: string, b: string) => number,
): ImportReport['coverage'] {
  const partners = partnerKeys.length;
  const filled = new Map<string, Uint8Array>();
  const measures = new Set<string>();
  const periods = new Set<string>();
  for (const c of cells) {
    measures.add(c.measure);
    periods.add(c.period);
  }
  for (const m of measures)
    for (const p of periods) filled.set(`${m}\u0001${p}`, new Uint8Array(partners));
  for (const c of cells) filled.get(`${c.measure}\u0001${c.period}`)![c.partner] = 1;
  const gaps: CoverageGap[] = [];
  let filledCount = 0;
  for (const [key, flags] of filled) {
    const [measure, period] = key.split('\u0001') as [string, string];
    let with_ = 0;
    const sample: string[] = [];
    for (let p = 0; p < partners; p++) {
      if (flags[p]) with_++;
      else if (sample.length < SAMPLE) sample.push(partnerKeys[p]!);
    }
    filledCount += with_;
    if (with_ < partners) {
      gaps.push({
        measure,
        period,
        partnersWith: with_,
        partnersWithout: partners - with_,
        sample,
      });
    }
  }
  gaps.sort(
    (a, b) =>
      b.partnersWithout - a.partnersWithout ||
      a.measure.localeCompare(b.measure) ||
      periodOrder(a.period, b.period),
  );
  return {
    partners,
    measures: [...measures].sort(),
    periods: [...periods].sort(periodOrder),
    cells: partners * measures.size * periods.size,
    filled: filledCount,
    gaps: gaps.slice(0, MAX_GAPS),
  };
}
