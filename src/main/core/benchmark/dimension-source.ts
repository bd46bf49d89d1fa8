/** The dimension source of a benchmark context for one period (size bands depend on it). */
import type { SizeBasis } from '../../../shared/api/benchmark';
import type { DimensionSource } from './assign-groups';
import type { BenchmarkContext } from './benchmark-context';
import { partnerAttributes } from './partner-attributes';
import { sizeValues } from './size-values';

export function dimensionSource(
  ctx: BenchmarkContext,
  sizeBy: SizeBasis,
  t: number,
): DimensionSource {
  let size: Float64Array | null = null;
  return {
    partners: ctx.dataset.partners,
    attributes: () => partnerAttributes(ctx.ws, ctx.dataset),
    size: () => (size ??= sizeValues(ctx, sizeBy, t)),
    sizeBy,
  };
}
