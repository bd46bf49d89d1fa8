/**
 * The partners who change tier, the biggest moves first: by tier steps, then by the size of the
 * score change, then by partner id (stable across runs). The totals count every one of them.
 */
import type { WhatIfMover } from '../../../shared/api/scenarios-results';
import type { ScoringDataset } from '../scoring/dataset';
import { moverDriver } from './drivers';
import { tierLabel, tierNames, type ScoredSide } from './scored-side';

export interface MoverLists {
  up: WhatIfMover[];
  down: WhatIfMover[];
  upTotal: number;
  downTotal: number;
}

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

export function selectMovers(
  ds: ScoringDataset,
  base: ScoredSide,
  next: ScoredSide,
  limit: number,
): MoverLists {
  const a = base.weighted.tier;
  const b = next.weighted.tier;
  const rows = base.structural.rows;
  const up: number[] = [];
  const down: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (b[i]! > a[i]!) up.push(i);
    else if (b[i]! < a[i]!) down.push(i);
  }
  // Sort key: tier steps, then the score change (at most 100 points; unscored on one side first).
  const key = new Float64Array(a.length);
  for (const i of up.concat(down)) {
    const d = Math.abs(next.weighted.composite[i]! - base.weighted.composite[i]!);
    key[i] = Math.abs(b[i]! - a[i]!) * 1000 + (Number.isNaN(d) ? 999 : d);
  }
  const id = ds.partners.id;
  const order = (x: number, y: number) => key[y]! - key[x]! || id[rows[x]!]! - id[rows[y]!]!;
  const baseNames = tierNames(base);
  const nextNames = tierNames(next);
  const mover = (i: number, direction: 1 | -1): WhatIfMover => {
    const p = rows[i]!;
    const rankBefore = base.weighted.rank[i]! || null;
    const rankAfter = next.weighted.rank[i]! || null;
    return {
      partnerId: ds.partners.id[p]!,
      externalId: ds.partners.externalId[p]!,
      name: ds.partners.name[p]!,
      type: ds.partners.type[p] ?? null,
      region: ds.partners.region[p] ?? null,
      fromTier: tierLabel(baseNames, a[i]!),
      toTier: tierLabel(nextNames, b[i]!),
      before: orNull(base.weighted.composite[i]!),
      after: orNull(next.weighted.composite[i]!),
      rankBefore,
      rankAfter,
      rankChange: rankBefore !== null && rankAfter !== null ? rankBefore - rankAfter : null,
      driver: moverDriver(base, next, i, direction),
    };
  };
  return {
    up: pick(up, order, limit).map((i) => mover(i, 1)),
    down: pick(down, order, limit).map((i) => mover(i, -1)),
    upTotal: up.length,
    downTotal: down.length,
  };
}

function pick(rows: number[], order: (x: number, y: number) => number, limit: number): number[] {
  return rows.sort(order).slice(0, limit);
}
