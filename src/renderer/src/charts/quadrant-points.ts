/** The quadrant's dots by segment; the attainment axis stops at the 99th percentile (at least 200 %). */
import { SEGMENTS, type PortfolioTable, type Segment } from '../../../shared/api';
import type { QuadrantPoints } from './quadrant-option';

export function quadrantPoints(d: PortfolioTable, rows: number[]): QuadrantPoints {
  const bySegment = Object.fromEntries(
    SEGMENTS.map((s) => [s, [] as [number, number, number][]]),
  ) as Record<Segment, [number, number, number][]>;
  const xs: number[] = [];
  let missing = 0;
  for (const i of rows) {
    const x = d.attainment[i];
    const y = d.engagement[i];
    if (x === null || x === undefined || y === null || y === undefined) {
      missing++;
      continue;
    }
    xs.push(x);
    bySegment[d.segment[i]!].push([x, y, i]);
  }
  xs.sort((a, b) => a - b);
  const p99 = xs.length ? xs[Math.floor(0.99 * (xs.length - 1))]! : 2;
  return { bySegment, xMax: Math.max(2, Math.ceil(p99 * 4) / 4), missing };
}
