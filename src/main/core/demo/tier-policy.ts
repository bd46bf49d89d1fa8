/**
 * Tiers and what comes with them: placement from size (with noise, since tier placement is often
 * wrong in real programs) and the tier-dependent odds of MDF, a joint business plan and
 * certification depth.
 */
import type { Tier } from './partner-types';

/** Partners with a joint business plan at the start of the window, by tier. */
export const JBP_BY_TIER: Record<Tier, number> = {
  Registered: 0.02,
  Silver: 0.15,
  Gold: 0.55,
  Platinum: 0.85,
};

/** Partners in the MDF program, by tier. */
export const MDF_BY_TIER: Record<Tier, number> = {
  Registered: 0.05,
  Silver: 0.35,
  Gold: 0.75,
  Platinum: 0.95,
};

/** Typical share of certified staff, by tier. */
export const CERTIFIED_BY_TIER: Record<Tier, number> = {
  Registered: 0.03,
  Silver: 0.08,
  Gold: 0.15,
  Platinum: 0.25,
};

/** How much more enablement and portal activity a tier brings. */
export const TIER_ACTIVITY: Record<Tier, number> = {
  Registered: 0.6,
  Silver: 0.9,
  Gold: 1.2,
  Platinum: 1.5,
};

/** Tier from a standard-normal size score: roughly 45% / 35% / 14% / 6%. */
export function placeTier(score: number): Tier {
  if (score > 1.75) return 'Platinum';
  if (score > 1.0) return 'Gold';
  if (score > 0) return 'Silver';
  return 'Registered';
}
