/** Weight arithmetic for the editor: shares of the whole, and rounding weights to sum to 100. */
import type { KpiInfo, MethodologyDefinition } from '../../../../shared/api';
import { hierarchyShares } from './hierarchy';

export function groupOf(kpi: KpiInfo | undefined, def: MethodologyDefinition): string {
  if (!kpi) return '';
  if (def.groups) return def.kpis.find((k) => k.kpi === kpi.key)?.group ?? '';
  return def.grouping === 'category' ? kpi.category : kpi.perspective;
}

/** Each KPI's share of the composite (0–1) under the global weights, as the engine computes it. */
export function kpiShares(
  def: MethodologyDefinition,
  catalogue: Map<string, KpiInfo>,
): Map<string, number> {
  if (def.groups) return hierarchyShares(def);
  const groupSum = new Map<string, number>();
  for (const k of def.kpis) {
    const g = groupOf(catalogue.get(k.kpi), def);
    if (k.weight > 0) groupSum.set(g, (groupSum.get(g) ?? 0) + k.weight);
  }
  let total = 0;
  for (const [g, sum] of groupSum) if (sum > 0) total += def.groupWeights[g] ?? 0;
  return new Map(
    def.kpis.map((k) => {
      const g = groupOf(catalogue.get(k.kpi), def);
      const sum = groupSum.get(g) ?? 0;
      const share =
        total > 0 && sum > 0 && k.weight > 0
          ? ((def.groupWeights[g] ?? 0) / total) * (k.weight / sum)
          : 0;
      return [k.kpi, share];
    }),
  );
}

/**
 * Scales weights so that they add up to 100, rounded to whole numbers by largest remainder (the
 * rounded weights still add up to exactly 100).
 */
export function normaliseTo100(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return weights;
  const raw = weights.map((w) => (100 * w) / total);
  const floors = raw.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i] = floors[i]! + 1;
    left--;
  }
  return floors;
}

export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}
