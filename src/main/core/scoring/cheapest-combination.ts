/**
 * The cheapest combination of KPI score improvements that closes a composite gap. The composite
 * is linear in the KPI scores (each KPI is worth `weight` composite points per score point, for
 * the partner's present KPIs), so with cost = the total of score points raised this is a
 * fractional knapsack: first the moves the tier's gates force, then the KPIs worth the most
 * composite per point, each up to the best score it can reach (its cap), until the gap closes.
 * Pure and small so it is checked against brute force.
 */
export interface ComboKpi {
  key: string;
  /** The score now (0–100). */
  score: number;
  /** The highest score this KPI can reach for the partner (a cap, or 100). */
  cap: number;
  /** Composite points per score point of this KPI. */
  weight: number;
  /** The score a gate forces at least (meeting the gate's raw value), if any. */
  floor?: number;
}

export interface ComboMove {
  key: string;
  from: number;
  to: number;
}

export type ComboResult =
  | { ok: true; moves: ComboMove[]; cost: number; gain: number }
  | { ok: false; reason: 'gate-out-of-reach'; key: string }
  | { ok: false; reason: 'gap-too-large'; shortBy: number };

const EPS = 1e-9;

export function cheapestCombination(kpis: readonly ComboKpi[], gap: number): ComboResult {
  const to = new Map<string, number>();
  let gain = 0;
  for (const k of kpis) {
    if (k.floor === undefined || k.floor <= k.score) continue;
    if (k.floor > k.cap + EPS) return { ok: false, reason: 'gate-out-of-reach', key: k.key };
    to.set(k.key, k.floor);
    gain += k.weight * (k.floor - k.score);
  }
  const order = kpis
    .filter((k) => k.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
  for (const k of order) {
    if (gain >= gap - EPS) break;
    const start = to.get(k.key) ?? k.score;
    const room = k.cap - start;
    if (room <= EPS) continue;
    const need = (gap - gain) / k.weight;
    const step = Math.min(room, need);
    to.set(k.key, start + step);
    gain += k.weight * step;
  }
  if (gain < gap - 1e-7) return { ok: false, reason: 'gap-too-large', shortBy: gap - gain };
  const moves = kpis
    .filter((k) => to.has(k.key) && to.get(k.key)! > k.score + EPS)
    .map((k) => ({ key: k.key, from: k.score, to: to.get(k.key)! }));
  return { ok: true, moves, cost: moves.reduce((s, m) => s + (m.to - m.from), 0), gain };
}
