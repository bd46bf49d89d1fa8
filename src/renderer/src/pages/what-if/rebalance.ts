/**
 * Weights as percentages that always add up to 100: moving one takes from (or gives to) the
 * unlocked others in proportion to their size; locked ones never move. Values are kept in tenths
 * of a percent, rounded by largest remainder, so the total is exactly 100 after every move.
 */

const TENTHS = 1000;

const toTenths = (x: number) => Math.round(x * 10);

/** Splits `total` tenths over `weights` in proportion (equally when they are all 0). */
function apportion(weights: number[], total: number): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (sum > 0 ? (total * w) / sum : total / weights.length));
  const floors = raw.map((r) => Math.floor(r + 1e-9));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - floors[i]!, i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i] = floors[i]! + 1;
    left--;
  }
  return floors;
}

/** Any non-negative weights as percentages (one decimal) adding up to exactly 100. */
export function toPercentages(weights: readonly number[]): number[] {
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  return apportion(clean, TENTHS).map((t) => t / 10);
}

/**
 * Sets `values[index]` to `value` (percentages adding up to 100) and re-normalises the unlocked
 * others proportionally so the total stays 100. The new value is clamped to what the locked ones
 * leave; with every other value locked it cannot move; unlocked others that are all 0 share the
 * rest equally. A locked `index` is left as it is.
 */
export function rebalance(
  values: readonly number[],
  index: number,
  value: number,
  locked: readonly boolean[],
): number[] {
  const tenths = values.map(toTenths);
  if (index < 0 || index >= values.length || locked[index]) return tenths.map((t) => t / 10);
  const others = tenths.map((_, j) => j).filter((j) => j !== index);
  const lockedSum = others.filter((j) => locked[j]).reduce((a, j) => a + tenths[j]!, 0);
  const free = others.filter((j) => !locked[j]);
  const room = Math.max(0, TENTHS - lockedSum);
  const next = [...tenths];
  if (free.length === 0) {
    next[index] = room;
    return next.map((t) => t / 10);
  }
  const wanted = Number.isFinite(value) ? toTenths(value) : tenths[index]!;
  next[index] = Math.min(room, Math.max(0, wanted));
  const shares = apportion(
    free.map((j) => tenths[j]!),
    room - next[index]!,
  );
  free.forEach((j, k) => (next[j] = shares[k]!));
  return next.map((t) => t / 10);
}
