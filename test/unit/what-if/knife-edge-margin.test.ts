import { describe, expect, it } from 'vitest';
import {
  knifeEdgeScore,
  marginWords,
} from '../../../src/renderer/src/pages/what-if/knife-edge-margin';

const tiers = [
  { name: 'Registered', minScore: 0 },
  { name: 'Silver', minScore: 45 },
  { name: 'Gold', minScore: 60 },
];

describe('knife-edge margins in words', () => {
  it('names the threshold a partner is just below, with two decimals near it', () => {
    expect(marginWords(59.97, -0.03, 'Silver', tiers)).toBe('0.03 below Gold (60)');
    expect(knifeEdgeScore(59.97, -0.03)).toBe('59.97');
    expect(marginWords(58.5, -1.5, 'Silver', tiers)).toBe('1.5 below Gold (60)');
  });

  it('a partner at or above a threshold is in that tier, else a gate holds it back', () => {
    expect(marginWords(60, 0, 'Gold', tiers)).toBe('at Gold (60)');
    expect(marginWords(60, 0, 'Silver', tiers)).toBe('at Gold (60), held back by a gate');
    expect(marginWords(61.2, 1.2, 'Silver', tiers)).toBe(
      '1.2 above Gold (60), held back by a gate',
    );
    expect(marginWords(46, 1, 'Silver', tiers)).toBe('1.0 above Silver (45)');
    expect(knifeEdgeScore(61.2, 1.2)).toBe('61.2');
  });
});
