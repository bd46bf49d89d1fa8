/** The allocation criterion by hand, and the claims state machine. */
import { describe, expect, it } from 'vitest';
import { checkMove, CLAIM_TRANSITIONS, pathTo } from '../../../src/main/core/mdf/claim-states';
import { closeness, criterionPoints, percentileRanks } from '../../../src/main/core/mdf/criteria';
import { explainShare } from '../../../src/main/core/mdf/explain-share';
import { parseAmount } from '../../../src/main/core/mdf/money';
import { MDF_CLAIM_STATUSES } from '../../../src/shared/api/mdf';

describe('criterion', () => {
  it('ranks values 0–100 with shared mid ranks for ties and 0 for missing', () => {
    expect(percentileRanks([10, 30, 20, 30, NaN])).toEqual([
      0, 83.33333333333334, 33.33333333333333, 83.33333333333334, 0,
    ]);
    expect(percentileRanks([5])).toEqual([100]);
  });

  it('counts closeness to the next tier from 100 at the threshold to 0 at 15 points', () => {
    expect(closeness(0)).toBe(100);
    expect(closeness(6)).toBe(60);
    expect(closeness(20)).toBe(0);
    expect(closeness(NaN)).toBe(0);
  });

  it('is the weighted mean of the five points', () => {
    // Two partners: A leads revenue, B growth and pipeline; weights 30/25/15/20/10.
    const [a, b] = criterionPoints(
      [
        { composite: 80, revenue: 1000, growth: 0.1, pipelineCoverage: 2, gapToNextTier: 3 },
        { composite: 50, revenue: 400, growth: 0.3, pipelineCoverage: 4, gapToNextTier: NaN },
      ],
      { revenue: 30, score: 25, growth: 15, pipeline: 20, headroom: 10 },
    );
    // A: revenue 100, score 80, growth 0, pipeline 0, headroom 80 → (3000+2000+0+0+800)/100.
    expect(a!.criterion).toBeCloseTo(58, 10);
    // B: revenue 0, score 50, growth 100, pipeline 100, headroom 0 → (0+1250+1500+2000+0)/100.
    expect(b!.criterion).toBeCloseTo(47.5, 10);
  });

  it('explains a share in one line', () => {
    expect(
      explainShare({
        share: 0.12,
        composite: 78.4,
        pipelineCoverage: 4.13,
        growth: NaN,
        tier: 'Gold',
        bound: null,
      }),
    ).toBe('12.0 % of budget: score 78, pipeline coverage 4.1×, Gold');
    expect(
      explainShare({
        share: 0.05,
        composite: 61,
        pipelineCoverage: NaN,
        growth: -0.08,
        tier: 'Silver',
        bound: 'max',
      }),
    ).toBe('5.0 % of budget (capped at the maximum): score 61, revenue growth −8 %, Silver');
  });

  it('reads budgets as people type them', () => {
    expect(parseAmount('250000')).toBe(25_000_000);
    expect(parseAmount('250,000.50')).toBe(25_000_050);
    expect(parseAmount('40k')).toBe(4_000_000);
    expect(parseAmount('1.5m')).toBe(150_000_000);
    expect(parseAmount('ten')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
  });
});

describe('claims state machine', () => {
  it('allows exactly planned → claimed → approved | rejected, approved → paid', () => {
    const allowed = MDF_CLAIM_STATUSES.flatMap((from) =>
      MDF_CLAIM_STATUSES.filter((to) => checkMove({ from, to, proofRef: 'INV-1' }) === null).map(
        (to) => `${from}→${to}`,
      ),
    );
    expect(allowed).toEqual([
      'planned→claimed',
      'claimed→approved',
      'claimed→rejected',
      'approved→paid',
    ]);
    expect(CLAIM_TRANSITIONS.paid).toEqual([]);
  });

  it('needs a proof reference to claim, and says what is possible otherwise', () => {
    expect(checkMove({ from: 'planned', to: 'claimed', proofRef: ' ' })).toMatch(/proof reference/);
    expect(checkMove({ from: 'planned', to: 'approved', proofRef: 'X' })).toBe(
      'A planned claim can move to claimed, not to approved.',
    );
    expect(checkMove({ from: 'rejected', to: 'claimed', proofRef: 'X' })).toMatch(/final/);
  });

  it('walks the path to a status for claims entered further along', () => {
    expect(pathTo('paid')).toEqual(['planned', 'claimed', 'approved', 'paid']);
    expect(pathTo('rejected')).toEqual(['planned', 'claimed', 'rejected']);
    for (const s of MDF_CLAIM_STATUSES) {
      const path = pathTo(s);
      for (let i = 1; i < path.length; i++)
        expect(checkMove({ from: path[i - 1]!, to: path[i]!, proofRef: 'P' })).toBeNull();
    }
  });
});
