/** Colours with a meaning: tiers, action segments, up/down; and the text and grid of each theme. */
import { useComputedColorScheme } from '@mantine/core';
import type { Segment } from '../../../shared/api';

export interface ChartPalette {
  dark: boolean;
  text: string;
  muted: string;
  grid: string;
  accent: string;
  positive: string;
  negative: string;
  target: string;
}

const LIGHT: ChartPalette = {
  dark: false,
  text: '#212529',
  muted: '#868e96',
  grid: '#e9ecef',
  accent: '#1c7ed6',
  positive: '#2f9e44',
  negative: '#e03131',
  target: '#495057',
};

const DARK: ChartPalette = {
  dark: true,
  text: '#dee2e6',
  muted: '#909296',
  grid: '#373a40',
  accent: '#4dabf7',
  positive: '#51cf66',
  negative: '#ff6b6b',
  target: '#adb5bd',
};

export function useChartPalette(): ChartPalette {
  return useComputedColorScheme('light') === 'dark' ? DARK : LIGHT;
}

export const SEGMENT_COLORS: Record<Segment, string> = {
  Grow: '#2f9e44',
  Maintain: '#1c7ed6',
  Intervene: '#f08c00',
  'Exit review': '#e03131',
};

/** Mantine colour names for badges, same meaning as SEGMENT_COLORS. */
export const SEGMENT_BADGE: Record<Segment, string> = {
  Grow: 'green',
  Maintain: 'blue',
  Intervene: 'orange',
  'Exit review': 'red',
};

/**
 * The one tier colour scale: charts, table tags, badges and the PDF all use it, so Silver has the
 * same colour everywhere. Tiers from lowest to highest get a fixed order of colours.
 */
const TIER_SCALE = ['#adb5bd', '#74c0fc', '#fcc419', '#9775fa', '#e64980', '#20c997'];

export function tierColor(index: number): string {
  return TIER_SCALE[Math.max(0, index) % TIER_SCALE.length]!;
}

/**
 * A tier badge's colour: the same hex as the charts, for Mantine's `variant="dot"` badge (a dot
 * of the tier's colour beside readable text; yellow text on a light tint would not be readable).
 */
export function tierBadgeColor(index: number): string {
  return tierColor(index);
}
