/**
 * Merges the ascending runs values[start[g] .. start[g + 1]) into one ascending array, pairwise
 * (log₂ G passes of linear merges): overall statistics without sorting everything again.
 */
export function mergeRuns(values: Float64Array, start: Int32Array): Float64Array {
  let bounds = Array.from(start);
  if (bounds.length <= 2) return values;
  let src: Float64Array = values;
  let dst: Float64Array = new Float64Array(values.length);
  while (bounds.length > 2) {
    const next: number[] = [bounds[0]!];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const lo = bounds[r]!;
      const mid = bounds[r + 1]!;
      const hi = r + 2 < bounds.length ? bounds[r + 2]! : mid;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) dst[k++] = src[i]! <= src[j]! ? src[i++]! : src[j++]!;
      while (i < mid) dst[k++] = src[i++]!;
      while (j < hi) dst[k++] = src[j++]!;
      next.push(hi);
    }
    bounds = next;
    [src, dst] = [dst, src === values ? new Float64Array(values.length) : src];
  }
  return src;
}
