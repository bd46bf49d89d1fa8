/**
 * Fixed size bands. Edges are round numbers chosen in advance, never computed from partners'
 * figures, so that a band's label reveals nothing about any partner.
 */
import type { SizeBasis } from '../../../shared/api/benchmark';

interface Band {
  /** Upper edge (exclusive). */
  below: number;
  label: string;
}

const BANDS: Record<SizeBasis, Band[]> = {
  revenue: [
    { below: 250_000, label: 'Annual revenue under 250k' },
    { below: 1_000_000, label: 'Annual revenue 250k–1M' },
    { below: 5_000_000, label: 'Annual revenue 1M–5M' },
    { below: Infinity, label: 'Annual revenue 5M and more' },
  ],
  employees: [
    { below: 50, label: '1–49 employees' },
    { below: 250, label: '50–249 employees' },
    { below: 1000, label: '250–999 employees' },
    { below: Infinity, label: '1,000 employees and more' },
  ],
};

export const UNKNOWN_SIZE = 'Size unknown';

/** Index of the band holding `value` (−1 when unknown), and the labels in band order. */
export function sizeBand(basis: SizeBasis, value: number): number {
  if (!Number.isFinite(value)) return -1;
  return BANDS[basis].findIndex((b) => value < b.below);
}

export function bandLabels(basis: SizeBasis): string[] {
  return BANDS[basis].map((b) => b.label);
}
