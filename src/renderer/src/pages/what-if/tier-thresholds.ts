/** Tier minimum scores kept ascending: a tier's minimum stays between its neighbours'. */
import type { TierRule } from '../../../../shared/api';

export function thresholdBounds(tiers: readonly TierRule[], index: number): [number, number] {
  const lo = index > 0 ? tiers[index - 1]!.minScore : 0;
  const hi = index < tiers.length - 1 ? tiers[index + 1]!.minScore : 100;
  return [lo, hi];
}

/** Sets tier `index`'s minimum score, clamped between its neighbours' (and to 0–100). */
export function setThreshold(tiers: readonly TierRule[], index: number, value: number): TierRule[] {
  const [lo, hi] = thresholdBounds(tiers, index);
  const clamped = Math.round(Math.min(hi, Math.max(lo, value)) * 10) / 10;
  return tiers.map((t, i) => (i === index ? { ...t, minScore: clamped } : t));
}
