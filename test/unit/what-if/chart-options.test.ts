import { describe, expect, it } from 'vitest';
import {
  distributionBins,
  distributionCompareOption,
  movedThresholds,
} from '../../../src/renderer/src/charts/distribution-compare-option';
import type { ChartPalette } from '../../../src/renderer/src/charts/palette';
import { sankeyLinks, sankeyOption } from '../../../src/renderer/src/charts/sankey-option';
import { stabilityHistogramOption } from '../../../src/renderer/src/charts/stability-histogram-option';
import { direction, tierRank } from '../../../src/renderer/src/charts/tier-moves';

const palette: ChartPalette = {
  dark: false,
  text: '#000',
  muted: '#888',
  grid: '#eee',
  accent: '#00f',
  positive: '#0a0',
  negative: '#a00',
  target: '#444',
};

const migration = {
  fromTiers: ['No tier', 'Silver', 'Gold'],
  toTiers: ['No tier', 'Silver', 'Gold'],
  matrix: [
    [1, 2, 0],
    [0, 10, 3],
    [0, 4, 20],
  ],
};

describe('tier order', () => {
  it('ranks "No tier" below the lowest tier, by position in its list', () => {
    expect(tierRank(migration.fromTiers, 'No tier')).toBe(-1);
    expect(tierRank(migration.fromTiers, 'Silver')).toBe(0);
    expect(tierRank(['Silver', 'Gold'], 'Gold')).toBe(1);
    expect(tierRank(['Silver', 'Gold'], null)).toBe(-1);
    expect(direction(0, 1)).toBe('up');
    expect(direction(1, -1)).toBe('down');
    expect(direction(1, 1)).toBe('same');
  });
});

describe('the Sankey option', () => {
  it('has one link per non-empty matrix cell, between differently named sides', () => {
    expect(sankeyLinks(migration)).toEqual([
      { source: 'No tier (now)', target: 'No tier (what-if)', value: 1, direction: 'same' },
      { source: 'No tier (now)', target: 'Silver (what-if)', value: 2, direction: 'up' },
      { source: 'Silver (now)', target: 'Silver (what-if)', value: 10, direction: 'same' },
      { source: 'Silver (now)', target: 'Gold (what-if)', value: 3, direction: 'up' },
      { source: 'Gold (now)', target: 'Silver (what-if)', value: 4, direction: 'down' },
      { source: 'Gold (now)', target: 'Gold (what-if)', value: 20, direction: 'same' },
    ]);
  });

  it('puts the highest tier on top, leaves out empty nodes, colours ribbons by direction', () => {
    const option = sankeyOption(
      { ...migration, matrix: [[0, 0, 0], migration.matrix[1]!, migration.matrix[2]!] },
      palette,
    );
    const series = option.series[0]!;
    expect(option.animation).toBe(false);
    expect(series.layoutIterations).toBe(0);
    expect(series.data.map((n) => n.name)).toEqual([
      'Gold (now)',
      'Silver (now)',
      'Gold (what-if)',
      'Silver (what-if)',
    ]);
    const colours = Object.fromEntries(
      series.links.map((l) => [`${l.source}>${l.target}`, l.lineStyle.color]),
    );
    expect(colours['Silver (now)>Gold (what-if)']).toBe(palette.positive);
    expect(colours['Gold (now)>Silver (what-if)']).toBe(palette.negative);
    expect(colours['Gold (now)>Gold (what-if)']).toBe(palette.muted);
  });
});

describe('the distribution comparison option', () => {
  const d = {
    binEdges: [0, 50, 100],
    before: [3, 7],
    after: [5, 5],
    thresholdsBefore: [
      { tier: 'Silver', minScore: 0 },
      { tier: 'Gold', minScore: 60 },
    ],
    thresholdsAfter: [
      { tier: 'Silver', minScore: 0 },
      { tier: 'Gold', minScore: 65 },
    ],
  };

  it('puts both histograms on the bin centres', () => {
    expect(distributionBins(d)).toEqual([
      { lo: 0, hi: 50, centre: 25, before: 3, after: 5 },
      { lo: 50, hi: 100, centre: 75, before: 7, after: 5 },
    ]);
    const option = distributionCompareOption(d, palette);
    expect(option.animation).toBe(false);
    expect(option.series.map((s) => s.data)).toEqual([
      [
        [25, 3],
        [75, 7],
      ],
      [
        [25, 5],
        [75, 5],
      ],
    ]);
  });

  it('draws the what-if thresholds, and the old ones only where they moved', () => {
    expect(movedThresholds(d)).toEqual([{ tier: 'Gold', minScore: 60 }]);
    const option = distributionCompareOption(d, palette);
    expect(option.series[1]!.markLine.data).toEqual([{ xAxis: 65, name: 'Gold' }]);
    expect(option.series[0]!.markLine.data).toEqual([{ xAxis: 60, name: 'Gold (now)' }]);
  });
});

describe('the stability histogram option', () => {
  it('colours the bins below the knife-edge line red', () => {
    const option = stabilityHistogramOption([1, 0, 0, 0, 0, 0, 0, 2, 5, 30], 0.8, palette);
    const colours = option.series[0]!.data.map((b) => b.itemStyle.color);
    expect(colours.slice(0, 8).every((c) => c === palette.negative)).toBe(true);
    expect(colours.slice(8)).toEqual([palette.positive, palette.positive]);
  });
});
