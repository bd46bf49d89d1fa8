import { describe, expect, it } from 'vitest';
import type { Normaliser, TierRule } from '../../../src/shared/api';
import {
  allowedKinds,
  switchKind,
} from '../../../src/renderer/src/pages/what-if/normaliser-choice';
import {
  setThreshold,
  thresholdBounds,
} from '../../../src/renderer/src/pages/what-if/tier-thresholds';

describe('normalisation choices', () => {
  const bands: Normaliser = { kind: 'bands', thresholds: [1, 2], scores: [0, 50, 100] };
  const target: Normaliser = { kind: 'target', cap: 1.25, target: 3 };

  it('offers bands only where the baseline used them', () => {
    expect(allowedKinds(target)).toEqual(['target', 'percentile', 'minmax', 'zscore']);
    expect(allowedKinds(bands)).toContain('bands');
  });

  it('gives defaults for a new kind and the baseline’s settings back for its own kind', () => {
    expect(switchKind(target, target, 'zscore')).toEqual({ kind: 'zscore', spread: 2.5 });
    expect(switchKind({ kind: 'zscore', spread: 2.5 }, target, 'target')).toEqual(target);
    expect(switchKind({ kind: 'percentile' }, bands, 'bands')).toEqual(bands);
    expect(switchKind({ kind: 'percentile' }, { kind: 'percentile' }, 'target')).toEqual({
      kind: 'target',
      cap: 1,
    });
  });

  it('keeps the peer group when switching between peer-relative kinds', () => {
    const p: Normaliser = { kind: 'percentile', peerBy: ['region'] };
    expect(switchKind(p, p, 'minmax')).toEqual({ kind: 'minmax', peerBy: ['region'] });
  });
});

describe('tier thresholds', () => {
  const tiers: TierRule[] = [
    { name: 'Registered', minScore: 0, gates: [] },
    { name: 'Silver', minScore: 45, gates: [] },
    { name: 'Gold', minScore: 60, gates: [] },
  ];

  it('keeps each minimum between its neighbours', () => {
    expect(thresholdBounds(tiers, 1)).toEqual([0, 60]);
    expect(thresholdBounds(tiers, 2)).toEqual([45, 100]);
    expect(setThreshold(tiers, 1, 70)[1]!.minScore).toBe(60);
    expect(setThreshold(tiers, 2, 20)[2]!.minScore).toBe(45);
    expect(setThreshold(tiers, 2, 66.66)[2]!.minScore).toBe(66.7);
    expect(setThreshold(tiers, 1, 50).map((t) => t.minScore)).toEqual([0, 50, 60]);
  });
});
