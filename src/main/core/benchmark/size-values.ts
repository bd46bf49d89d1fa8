/**
 * What a partner's size band is read from, per dataset row: its revenue over the last year up to
 * the period (the sum of the last four quarters, twelve months…), or its headcount (the
 * `employees` attribute, else the `staff` measure's latest value).
 */
import type { SizeBasis } from '../../../shared/api/benchmark';
import { measureColumn, periodsPerYear } from '../scoring/dataset';
import type { BenchmarkContext } from './benchmark-context';
import { partnerAttributes } from './partner-attributes';

function measureIndex(ctx: BenchmarkContext, key: string): number {
  return ctx.dataset.measures.findIndex((m) => m.key === key);
}

function annualRevenue(ctx: BenchmarkContext, t: number): Float64Array {
  const n = ctx.dataset.partners.id.length;
  const out = new Float64Array(n).fill(NaN);
  const m = measureIndex(ctx, 'revenue');
  if (m < 0) return out;
  const from = Math.max(0, t - periodsPerYear(ctx.dataset) + 1);
  for (let s = from; s <= t; s++) {
    const col = measureColumn(ctx.dataset, m, s);
    for (let i = 0; i < n; i++) {
      const v = col[i]!;
      if (!Number.isNaN(v)) out[i] = Number.isNaN(out[i]!) ? v : out[i]! + v;
    }
  }
  return out;
}

function headcount(ctx: BenchmarkContext, t: number): Float64Array {
  const attributes = partnerAttributes(ctx.ws, ctx.dataset);
  const n = attributes.length;
  const out = new Float64Array(n).fill(NaN);
  const m = measureIndex(ctx, 'staff');
  for (let s = 0; m >= 0 && s <= t; s++) {
    const col = measureColumn(ctx.dataset, m, s);
    for (let i = 0; i < n; i++) if (!Number.isNaN(col[i]!)) out[i] = col[i]!;
  }
  attributes.forEach((a, i) => {
    const v = Number(a.employees ?? NaN);
    if (Number.isFinite(v) && v > 0) out[i] = v;
  });
  return out;
}

export function sizeValues(ctx: BenchmarkContext, basis: SizeBasis, t: number): Float64Array {
  return basis === 'revenue' ? annualRevenue(ctx, t) : headcount(ctx, t);
}
