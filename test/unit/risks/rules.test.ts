/**
 * Each risk rule on a hand-built workspace: a case that fires (with its explanation) and one
 * that does not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { riskReport } from '../../../src/main/core/risks/risk-report';
import { updateRiskSettings } from '../../../src/main/core/risks/settings';
import type { RiskRule } from '../../../src/shared/api/risks';
import type { Workspace } from '../../../src/main/core/workspace/workspace';
import { buildWorkspace, partners, type WorkspaceSpec } from '../benchmark/workspace-builder';

let ws: Workspace | undefined;
afterEach(() => ws?.close());

const QUARTERS = ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'];

function flagged(spec: Omit<WorkspaceSpec, 'quarters'> & { quarters?: string[] }, rule: RiskRule) {
  ws = buildWorkspace({ quarters: QUARTERS, ...spec });
  return riskReport(ws, { rules: [rule] }).flags.filter((f) => f.rule === rule);
}

const flat = (v: number) => QUARTERS.map(() => v);

describe('revenue concentration', () => {
  it('flags a partner above 15 % of channel revenue and reports the top-N share', () => {
    const flags = flagged(
      {
        partners: partners(4),
        values: { revenue: { 0: flat(700), 1: flat(100), 2: flat(100), 3: flat(100) } },
      },
      'revenue_concentration',
    );
    expect(flags.map((f) => f.externalId)).toEqual(['P1']);
    expect(flags[0]).toMatchObject({
      severity: 'high',
      value: 0.7,
      threshold: 0.15,
      unit: 'share',
    });
    expect(flags[0]!.explanation).toContain('Booked 70% of all channel revenue in 2026 Q3');
    updateRiskSettings(ws!, { revenue_concentration: { topN: 1 } });
    expect(riskReport(ws!).concentration).toMatchObject({
      topN: 1,
      topNShare: 0.7,
      exceeded: true,
      largestShare: 0.7,
    });
  });

  it('does not flag evenly spread revenue', () => {
    const values = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i, flat(100)]));
    expect(
      flagged({ partners: partners(10), values: { revenue: values } }, 'revenue_concentration'),
    ).toEqual([]);
    expect(riskReport(ws!).concentration).toMatchObject({ topNShare: 1, exceeded: true });
  });
});

describe('deal-registration abuse', () => {
  it('flags registrations dated after the deal closed', () => {
    const flags = flagged(
      {
        partners: partners(2),
        registrations: [{ partner: 0, registeredOn: '2026-08-10', closedOn: '2026-08-01' }],
      },
      'registration_abuse',
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ externalId: 'P1', severity: 'high', value: 1, threshold: 0 });
    expect(flags[0]!.explanation).toMatch(
      /^1 deal registration dated after the deal had already closed \(2025 Q4–2026 Q3/,
    );
  });

  it('flags deals registered and closed the same day repeatedly', () => {
    const flags = flagged(
      {
        partners: partners(2),
        registrations: [
          { partner: 1, registeredOn: '2026-02-03', closedOn: '2026-02-03' },
          { partner: 1, registeredOn: '2026-07-20', closedOn: '2026-07-20', status: 'lost' },
        ],
      },
      'registration_abuse',
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      externalId: 'P2',
      severity: 'medium',
      value: 2,
      threshold: 2,
    });
    expect(flags[0]!.explanation).toContain(
      '2 registered deals closed the same day they were registered',
    );
  });

  it('does not flag one same-day close, normal cycles, or old and open registrations', () => {
    expect(
      flagged(
        {
          partners: partners(2),
          registrations: [
            { partner: 0, registeredOn: '2026-02-03', closedOn: '2026-02-03' },
            { partner: 0, registeredOn: '2026-03-01', closedOn: '2026-04-15' },
            { partner: 1, registeredOn: '2024-03-05', closedOn: '2024-03-01' },
            { partner: 1, registeredOn: '2026-09-01', closedOn: null, status: 'approved' },
          ],
        },
        'registration_abuse',
      ),
    ).toEqual([]);
  });
});

describe('implausible enablement claims', () => {
  it('flags far more certifications than staff could hold', () => {
    const flags = flagged(
      {
        partners: partners(2),
        values: { staff: { 0: flat(5), 1: flat(5) }, certifications: { 0: flat(40), 1: flat(6) } },
      },
      'enablement_claims',
    );
    expect(flags.map((f) => f.externalId)).toEqual(['P1']);
    expect(flags[0]!.explanation).toBe(
      'Claims 40 active certifications with a staff of 5 (8 per person; more than 3 is implausible).',
    );
  });

  it('flags more certified people than staff, and a jump far above the partner’s history', () => {
    const flags = flagged(
      {
        partners: partners(3),
        values: {
          staff: { 0: flat(5), 1: flat(40), 2: flat(40) },
          certified_staff: { 0: flat(8), 1: flat(10), 2: flat(10) },
          certifications: { 0: flat(8), 1: [10, 10, 11, 12, 12, 30], 2: [10, 10, 11, 12, 12, 20] },
        },
      },
      'enablement_claims',
    );
    expect(flags.map((f) => [f.externalId, f.explanation])).toEqual([
      ['P1', 'Reports 8 certified people but a staff of only 5.'],
      [
        'P2',
        "Certifications jumped to 30 from at most 12 in the previous 4 periods, far above the partner's own history.",
      ],
    ]);
  });
});

describe('channel stuffing', () => {
  it('flags a spike followed by a drop the next period', () => {
    const flags = flagged(
      {
        partners: partners(2),
        values: { revenue: { 0: [100, 100, 110, 90, 200, 50], 1: [100, 100, 110, 90, 200, 150] } },
      },
      'channel_stuffing',
    );
    expect(flags.map((f) => f.externalId)).toEqual(['P1']);
    expect(flags[0]).toMatchObject({ severity: 'high', value: 2, threshold: 1.6 });
    expect(flags[0]!.explanation).toBe(
      'Revenue jumped to 2× its usual level in 2026 Q2 (200 against a usual 100) and fell to 0.5× (50) in 2026 Q3: revenue pulled into a period end that came back.',
    );
  });

  it('flags a spike that comes back as returns, and not a lasting rise', () => {
    const flags = flagged(
      {
        partners: partners(2),
        extraMeasures: ['returns'],
        values: {
          revenue: { 0: [100, 100, 100, 100, 200, 120], 1: [100, 100, 100, 100, 200, 210] },
          returns: { 0: [0, 0, 0, 0, 0, 60], 1: [0, 0, 0, 0, 0, 10] },
        },
      },
      'channel_stuffing',
    );
    expect(flags.map((f) => f.externalId)).toEqual(['P1']);
    expect(flags[0]!.explanation).toContain('60 (30%) came back as returns in 2026 Q3');
  });
});

describe('inactive partners', () => {
  it('flags no revenue and no registrations in each of the last N periods', () => {
    const flags = flagged(
      {
        partners: partners(3, (i) => ({ onboardedOn: i === 2 ? '2026-05-01' : '2020-01-01' })),
        values: {
          revenue: {
            0: [100, 100, 100, 80, 0, 0],
            1: [100, 100, 100, 80, 0, 10],
            2: [null, null, null, null, 0, 0],
          },
          deal_regs_submitted: { 0: flat(0), 1: flat(0), 2: flat(0) },
        },
      },
      'inactive_partner',
    );
    expect(flags.map((f) => f.externalId)).toEqual(['P1']);
    expect(flags[0]!.explanation).toBe(
      'No revenue and no deal registrations in the last 2 periods (2026 Q2–2026 Q3). Last revenue: 2026 Q1.',
    );
  });

  it('does not flag a partner that still registers deals', () => {
    expect(
      flagged(
        {
          partners: partners(1),
          values: {
            revenue: { 0: [100, 0, 0, 0, 0, 0] },
            deal_regs_submitted: { 0: [0, 0, 0, 0, 0, 2] },
          },
        },
        'inactive_partner',
      ),
    ).toEqual([]);
  });
});

describe('settings', () => {
  it('are kept per rule, and a disabled rule flags nothing', () => {
    ws = buildWorkspace({
      quarters: QUARTERS,
      partners: partners(2),
      values: { revenue: { 0: flat(900), 1: flat(100) } },
    });
    expect(riskReport(ws).flags).toHaveLength(1);
    const s = updateRiskSettings(ws, { revenue_concentration: { enabled: false } });
    expect(s.revenue_concentration).toMatchObject({ enabled: false, maxShare: 0.15 });
    const report = riskReport(ws);
    expect(report.flags).toEqual([]);
    expect(report.rules.find((r) => r.rule === 'revenue_concentration')).toMatchObject({
      enabled: false,
      flagged: 0,
    });
    expect(() => updateRiskSettings(ws!, { inactive_partner: { periods: 0 } })).toThrow();
  });
});
