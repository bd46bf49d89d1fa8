/**
 * The last check on every peer aggregate before it goes into partner-facing output: it is
 * rounded to three significant digits, and if it then equals a figure that another partner
 * holds for that KPI (its KPI value, or a measure the KPI is computed from, in the period) and
 * fewer than k partners hold it — a figure shared by k partners is itself k-anonymous — it is
 * rounded more coarsely; if even one significant digit collides, it is withheld. So no
 * partner-facing aggregate is another partner's exact figure.
 */

const DIGITS = [3, 2, 1] as const;

export function significant(value: number, digits: number): number {
  if (value === 0) return 0;
  return Number.isFinite(value) ? Number(value.toPrecision(digits)) : NaN;
}

/** Every rounding `protect` may try for these aggregates. */
export function candidateRoundings(values: Iterable<number>): Set<number> {
  const out = new Set<number>();
  for (const v of values)
    for (const d of DIGITS) if (Number.isFinite(v)) out.add(significant(v, d));
  return out;
}

/** How many partners (other than the one the output is for) hold a figure. */
export interface FigureHolders {
  heldBy(value: number): number;
}

/**
 * How many partners other than the one the output is for (`self`; -1 counts every partner) hold
 * each candidate figure, in any of the given columns. Only candidates are counted: a set lookup
 * per cell.
 */
export class PeerFigures implements FigureHolders {
  private readonly holders = new Map<number, number>();

  constructor(columns: readonly Float64Array[], self: number, candidates: ReadonlySet<number>) {
    const n = columns[0]?.length ?? 0;
    const seen = new Set<number>();
    for (let row = 0; row < n; row++) {
      if (row === self) continue;
      seen.clear();
      for (const column of columns) {
        const v = column[row]!;
        if (!candidates.has(v) || seen.has(v)) continue;
        seen.add(v);
        this.holders.set(v, (this.holders.get(v) ?? 0) + 1);
      }
    }
  }

  heldBy(value: number): number {
    return this.holders.get(value) ?? 0;
  }

  /**
   * These counts (taken over every partner) without `row`'s own figures: the same answers as
   * `new PeerFigures(columns, row, candidates)`, so one count serves every partner of a group.
   */
  without(columns: readonly Float64Array[], row: number): FigureHolders {
    const own = new Set<number>();
    for (const column of columns) own.add(column[row]!);
    return {
      heldBy: (value) => {
        const held = this.heldBy(value);
        return held > 0 && own.has(value) ? held - 1 : held;
      },
    };
  }
}

/** The aggregate as it may be shown, or null when it has to be withheld. */
export function protect(value: number, figures: FigureHolders, k: number): number | null {
  if (!Number.isFinite(value)) return null;
  for (const digits of DIGITS) {
    const shown = significant(value, digits);
    const held = figures.heldBy(shown);
    if (held === 0 || held >= k) return shown;
  }
  return null;
}
