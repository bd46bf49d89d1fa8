import { describe, expect, it } from 'vitest';
import type { ScorecardKpi } from '../../../src/shared/api';
import type { ScorecardNumbers } from '../../../src/main/core/export/scorecard/scorecard-facts';
import { defaultAgenda } from '../../../src/main/core/qbr/default-agenda';
import { draftHighlights } from '../../../src/main/core/qbr/draft-highlights';

function kpi(over: Partial<ScorecardKpi>): ScorecardKpi {
  return {
    key: 'k',
    name: 'K',
    definition: '',
    group: 'revenue',
    groupLabel: 'Revenue',
    unit: 'percent',
    direction: 'higher',
    value: 0.5,
    target: null,
    attainment: null,
    score: 50,
    weight: 0.1,
    scoreChange: 0,
    peer: null,
    history: [0.4, 0.5],
    targetHistory: [null, null],
    ...over,
  };
}

const band = (median: number) => ({ p25: median - 10, median, p75: median + 10, size: 12 });

function numbers(over: Partial<ScorecardNumbers> = {}): ScorecardNumbers {
  return {
    partner: {
      externalId: 'P-1',
      name: 'Acme',
      type: 'VAR',
      region: 'EMEA',
      country: 'France',
      programTier: 'Gold',
      manager: 'Dana',
    },
    period: { key: '2026-Q3', label: '2026 Q3' },
    periods: [
      { key: '2026-Q2', label: '2026 Q2' },
      { key: '2026-Q3', label: '2026 Q3' },
    ],
    methodology: { name: 'M', version: 1, status: 'published', label: 'M · version 1' },
    dataAsOf: '2026-10-05',
    currency: 'USD',
    composite: 58,
    compositeChange: 3,
    trendFlag: null,
    tier: 'Silver',
    tiers: [
      { name: 'Registered', minScore: 0 },
      { name: 'Silver', minScore: 45 },
      { name: 'Gold', minScore: 60 },
    ],
    nextTier: {
      name: 'Gold',
      minScore: 60,
      scoreGap: 2,
      unmetGates: [{ name: 'Certifications', unit: 'count', op: 'gte', value: 2, current: 1 }],
      options: [{ name: 'Win rate', unit: 'percent', from: 0.3, to: 0.36 }],
    },
    peerGroup: { label: 'VAR', size: 12 },
    compositePeer: band(52),
    groups: [
      { key: 'revenue', label: 'Revenue', score: 70, weight: 0.5, peer: band(60) },
      { key: 'pipeline', label: 'Pipeline', score: 40, weight: 0.5, peer: band(55) },
    ],
    kpis: [
      kpi({
        key: 'revenue',
        name: 'Revenue',
        unit: 'currency',
        value: 120_000,
        target: 100_000,
        attainment: 1.2,
        scoreChange: 12,
        history: [90_000, 120_000],
      }),
      kpi({ key: 'win', name: 'Win rate', value: 0.25, scoreChange: -8, history: [0.3, 0.25] }),
      kpi({
        key: 'portal',
        name: 'Portal activity',
        unit: 'number',
        value: 2.7,
        scoreChange: -4,
        history: [2.7, 2.7],
      }),
      kpi({ key: 'tiny', name: 'Tiny move', scoreChange: 1 }),
    ],
    trend: { composite: [55, 58], tier: ['Silver', 'Silver'], peer: [band(50), band(52)] },
    ...over,
  };
}

const internal = {
  rank: 10,
  of: 50,
  percentile: 80,
  segment: 'Maintain',
  segmentReason: 'Maintain: on track.',
  coverage: 1,
  lowCoverage: false,
  weightProfile: 'Global weights',
};

describe('drafted QBR highlights', () => {
  it('open with results against plan, then the largest moves, peers and the next tier', () => {
    const lines = draftHighlights(numbers(), internal);
    expect(lines.map((l) => l.kind)).toEqual([
      'plan',
      'improvement',
      'decline',
      'decline',
      'peer',
      'peer',
      'tier',
      'tier',
      'tier',
    ]);
    const text = lines.map((l) => l.text);
    expect(text[0]).toBe(
      'Revenue $120,000 against a target of $100,000 (120% of plan) in 2026 Q3.',
    );
    expect(text[1]).toBe(
      'Revenue improved to $120,000 (was $90,000): its KPI score (0–100) went from 38.0 to 50.0.',
    );
    expect(text[2]).toBe(
      'Win rate declined to 25% (was 30%): its KPI score (0–100) went from 58.0 to 50.0.',
    );
    expect(text[3]).toBe(
      'Portal activity stayed at 2.7, but its KPI score (0–100) went from 54.0 to 50.0 as peers moved.',
    );
    expect(text[4]).toBe(
      'Composite 58.0 is 6.0 points above the median of VAR partners (52.0); the middle half of peers score 42.0–62.0.',
    );
    expect(text[5]).toBe('Above the peer median in Revenue; below it in Pipeline.');
    expect(text[6]).toBe(
      'Silver today (composite 58.0). Gold needs a composite of 60 (2.0 points more) and Certifications at least 2 (now 1).',
    );
    expect(text[7]).toBe('Quickest single lever for Gold: Win rate from 30% to 36%.');
    // Program tier differs from the scored tier: a placement review, for internal eyes only.
    expect(lines[8]).toEqual({
      kind: 'tier',
      internal: true,
      text: 'Program tier is Gold but the scores place the partner in Silver: review the placement.',
    });
  });

  it('say so when peers are too few, name the top tier, and flag what to watch', () => {
    const lines = draftHighlights(
      numbers({
        compositePeer: null,
        groups: [],
        nextTier: null,
        tier: 'Gold',
        trendFlag: 'regressing',
        compositeChange: -4,
      }),
      {
        ...internal,
        segment: 'Intervene',
        segmentReason: 'Intervene: below target.',
        lowCoverage: true,
        coverage: 0.6,
      },
    );
    const text = lines.map((l) => `${l.kind}${l.internal ? '*' : ''}: ${l.text}`);
    expect(text).toContain(
      'peer: Fewer than 5 comparable partners (VAR partners) this period, so no peer comparison is shown.',
    );
    expect(text).toContain(
      'tier: Gold, the top tier: the composite must stay at 60 or above to keep it.',
    );
    expect(text).toContain(
      'risk: The composite has fallen for several periods in a row (−4.0 points this period).',
    );
    expect(text.some((t) => t.startsWith('risk: Data is missing for'))).toBe(true);
    expect(text).toContain('risk*: Action segment Intervene: Intervene: below target.');
  });

  it('draft an agenda naming the period and the next tier', () => {
    expect(defaultAgenda(numbers())).toContain('Tier status: Silver and the path to Gold');
    expect(defaultAgenda(numbers())).toContain('Results against plan for 2026 Q3');
  });
});
