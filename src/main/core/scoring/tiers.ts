/**
 * Tier placement: tiers are climbed from the lowest; a partner reaches a tier when its composite
 * is at least the tier's minimum and every gate of that tier (and of each tier below) holds.
 */
import type { TierGate, TierRule } from '../../../shared/api/scoring-methodology';

export function gatePasses(gate: TierGate, value: number): boolean {
  if (Number.isNaN(value)) return false;
  return gate.op === 'gte' ? value >= gate.value : value <= gate.value;
}

/** Tier index of one partner (-1 when unscored); `gateValue` reads a KPI's raw value. */
export function tierOf(
  tiers: readonly TierRule[],
  composite: number,
  gateValue: (kpi: string) => number,
): number {
  if (Number.isNaN(composite)) return -1;
  let reached = -1;
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i]!;
    if (composite < tier.minScore) break;
    if (!tier.gates.every((g) => gatePasses(g, gateValue(g.kpi)))) break;
    reached = i;
  }
  return reached;
}

export function tierColumn(
  tiers: readonly TierRule[],
  composite: Float64Array,
  raw: ReadonlyMap<string, Float64Array>,
): Int8Array {
  const missing = new Float64Array(composite.length).fill(NaN);
  const gateValues = tiers.map((t) => t.gates.map((g) => raw.get(g.kpi) ?? missing));
  const out = new Int8Array(composite.length);
  for (let i = 0; i < composite.length; i++) {
    const c = composite[i]!;
    let reached = -1;
    if (!Number.isNaN(c)) {
      climb: for (let j = 0; j < tiers.length; j++) {
        const tier = tiers[j]!;
        if (c < tier.minScore) break;
        for (let x = 0; x < tier.gates.length; x++) {
          if (!gatePasses(tier.gates[x]!, gateValues[j]![x]![i]!)) break climb;
        }
        reached = j;
      }
    }
    out[i] = reached;
  }
  return out;
}

/** The gates of `tier` a partner does not meet, in words. */
export function unmetGates(tier: TierRule, gateValue: (kpi: string) => number): TierGate[] {
  return tier.gates.filter((g) => !gatePasses(g, gateValue(g.kpi)));
}
