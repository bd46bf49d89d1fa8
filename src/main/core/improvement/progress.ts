/**
 * Progress of an action's targeted KPI against the baseline frozen when the action was created
 * (issue #15, item 3): baseline → now → target, classified as on track / at risk / achieved /
 * missed. Pure: the caller supplies the current value from the scored period of the latest import,
 * so progress is always re-measured from current data, never from a stored snapshot.
 */

export type ProgressStatus = 'achieved' | 'on-track' | 'at-risk' | 'missed' | 'no-data';

export interface ProgressInput {
  baseline: number;
  /** The KPI's value in the latest scored period; null when the partner has no value there. */
  current: number | null;
  target: number;
  /** ISO dates (YYYY-MM-DD). */
  baselineDate: string;
  targetDate: string;
  asOf: string;
  /** KPI polarity; when omitted, inferred from target vs baseline. Needed when target = baseline. */
  direction?: 'higher' | 'lower';
  /** How far behind the straight-line path (as a share of the gap) still counts as on track. */
  tolerance?: number;
}

export interface Progress {
  status: ProgressStatus;
  /** Share of the baseline→target gap closed (1 = target reached; negative = moved away). */
  closed: number | null;
  /** Share of the gap a straight line from baseline to target would have closed by `asOf`. */
  expected: number;
}

const DAY = 86_400_000;

function day(iso: string, field: string): number {
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(t)) throw new Error(`${field}: '${iso}' is not a date (YYYY-MM-DD)`);
  return Math.floor(t / DAY);
}

export function measureProgress(input: ProgressInput): Progress {
  const { baseline, current, target } = input;
  if (!Number.isFinite(baseline)) throw new Error('baseline: not a number');
  if (!Number.isFinite(target)) throw new Error('target: not a number');
  const start = day(input.baselineDate, 'baselineDate');
  const end = day(input.targetDate, 'targetDate');
  const now = day(input.asOf, 'asOf');
  if (end < start) throw new Error('targetDate: before the baseline date');
  const span = end - start;
  const expected = span === 0 ? 1 : Math.min(1, Math.max(0, (now - start) / span));
  if (current === null || !Number.isFinite(current)) {
    return { status: 'no-data', closed: null, expected };
  }
  const direction = input.direction ?? (target >= baseline ? 'higher' : 'lower');
  const gap = target - baseline;
  let closed: number;
  if (gap === 0) {
    // "Hold the line": reached when the value is on the right side of the target.
    const ok = direction === 'higher' ? current >= target : current <= target;
    closed = ok ? 1 : 0;
  } else {
    closed = (current - baseline) / gap;
  }
  const tolerance = input.tolerance ?? 0.1;
  let status: ProgressStatus;
  if (closed >= 1) status = 'achieved';
  else if (now > end) status = 'missed';
  else if (closed >= expected - tolerance) status = 'on-track';
  else status = 'at-risk';
  return { status, closed, expected };
}

export interface ProgressSummary {
  counts: Record<ProgressStatus, number>;
  /** Mean share of the gap closed over the actions that have a current value. */
  meanClosed: number | null;
}

/** Totals for a cohort (or the whole backlog): counts per status and the mean share closed. */
export function summariseProgress(items: readonly Progress[]): ProgressSummary {
  const counts: Record<ProgressStatus, number> = {
    achieved: 0,
    'on-track': 0,
    'at-risk': 0,
    missed: 0,
    'no-data': 0,
  };
  let sum = 0;
  let n = 0;
  for (const p of items) {
    counts[p.status] += 1;
    if (p.closed !== null) {
      sum += p.closed;
      n += 1;
    }
  }
  return { counts, meanClosed: n === 0 ? null : sum / n };
}
