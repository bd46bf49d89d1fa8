/**
 * Largest-remainder rounding: whole cents that add up exactly to `total`. Every amount is rounded
 * down, then the missing cents go one each to the largest fractional parts (ties: the earlier
 * partner). With whole-cent bounds and amounts within them, the result stays within them: a
 * floor never falls below a whole minimum, and only an amount with a fraction (so below its
 * whole maximum) receives a cent.
 */
export function roundCents(amounts: ArrayLike<number>, total: number): number[] {
  const n = amounts.length;
  const out = new Array<number>(n);
  const fractions: { i: number; f: number }[] = [];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const a = amounts[i]!;
    // Snap values a hair from a whole cent (floating-point noise) onto it.
    const near = Math.round(a);
    const x = Math.abs(a - near) < 1e-6 ? near : a;
    const floor = Math.floor(x);
    out[i] = floor;
    sum += floor;
    if (x - floor > 0) fractions.push({ i, f: x - floor });
  }
  let missing = Math.round(total - sum);
  fractions.sort((a, b) => b.f - a.f || a.i - b.i);
  for (let k = 0; k < fractions.length && missing > 0; k++, missing--) {
    out[fractions[k]!.i]! += 1;
  }
  return out;
}
