import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STANDARD_MEASURES } from '../../../src/main/core/workspace/standard-measures';
import { all, generate, one, type Generated } from './demo-fixtures';

describe('generateDemo — content of the default demo', () => {
  let g: Generated;
  beforeAll(() => {
    g = generate();
  });
  afterAll(() => g.ws.close());

  it('summarises what it wrote', () => {
    const { ws, summary } = g;
    const count = (table: string) => one<{ n: number }>(ws, `SELECT count(*) AS n FROM ${table}`).n;
    expect(summary.partners).toBe(300);
    expect(summary.periods).toBe(8);
    expect(summary.values).toBe(count('measure_values'));
    expect(summary.targets).toBe(count('targets'));
    expect(summary.dealRegistrations).toBe(count('deal_registrations'));
    expect(summary.values).toBeGreaterThan(300 * 8 * 10);
  });

  it('has 300 partners of 5 types in 4 regions with several countries and ~12 account managers', () => {
    const { ws } = g;
    expect(one<{ n: number }>(ws, 'SELECT count(*) AS n FROM partners').n).toBe(300);
    const types = all<{ type: string }>(ws, 'SELECT DISTINCT type FROM partners ORDER BY type');
    expect(types.map((t) => t.type)).toEqual(['Distributor', 'ISV', 'MSP', 'SI', 'VAR']);
    const regions = all<{ region: string; countries: number }>(
      ws,
      'SELECT region, count(DISTINCT country) AS countries FROM partners GROUP BY region ORDER BY region',
    );
    expect(regions.map((r) => r.region)).toEqual(['APAC', 'EMEA', 'LATAM', 'North America']);
    for (const r of regions) expect(r.countries).toBeGreaterThanOrEqual(2);
    const ams = one<{ n: number }>(
      ws,
      'SELECT count(DISTINCT account_manager) AS n FROM partners',
    ).n;
    expect(ams).toBeGreaterThanOrEqual(10);
    expect(ams).toBeLessThanOrEqual(12);
    const names = one<{ n: number }>(ws, 'SELECT count(DISTINCT name) AS n FROM partners').n;
    expect(names).toBe(300);
  });

  it('places bigger partners in higher tiers', () => {
    const rows = all<{ tier: string; employees: number }>(
      g.ws,
      `SELECT tier, avg(json_extract(attributes, '$.employees')) AS employees FROM partners GROUP BY tier`,
    );
    const by = new Map(rows.map((r) => [r.tier, r.employees]));
    expect([...by.keys()].sort()).toEqual(['Gold', 'Platinum', 'Registered', 'Silver']);
    expect(by.get('Platinum')!).toBeGreaterThan(by.get('Gold')!);
    expect(by.get('Gold')!).toBeGreaterThan(by.get('Silver')!);
    expect(by.get('Silver')!).toBeGreaterThan(by.get('Registered')!);
  });

  it('links some VARs and MSPs to a distributor of their region', () => {
    const links = all<{ type: string; region: string; parent_type: string; parent_region: string }>(
      g.ws,
      `SELECT c.type, c.region, p.type AS parent_type, p.region AS parent_region
       FROM partners c JOIN partners p ON p.id = c.parent_id`,
    );
    expect(links.length).toBeGreaterThanOrEqual(15);
    expect(links.length).toBeLessThanOrEqual(50);
    for (const l of links) {
      expect(['VAR', 'MSP']).toContain(l.type);
      expect(l.parent_type).toBe('Distributor');
      expect(l.parent_region).toBe(l.region);
    }
  });

  it('spreads onboarding over years, with some partners onboarded inside the window', () => {
    const { ws } = g;
    const first = one<{ d: string }>(ws, 'SELECT min(onboarded_on) AS d FROM partners').d;
    expect(first < '2016-01-01').toBe(true);
    const recent = all<{ id: number; onboarded_on: string }>(
      ws,
      `SELECT id, onboarded_on FROM partners WHERE onboarded_on >= '2024-10-01'`,
    );
    expect(recent.length).toBeGreaterThan(10);
    // Ramp: nothing before onboarding.
    const early = one<{ n: number }>(
      ws,
      `SELECT count(*) AS n FROM measure_values v JOIN partners p ON p.id = v.partner_id
       JOIN periods q ON q.id = v.period_id WHERE q.end_date < p.onboarded_on`,
    ).n;
    expect(early).toBe(0);
    const earlyRegs = one<{ n: number }>(
      ws,
      `SELECT count(*) AS n FROM deal_registrations r JOIN partners p ON p.id = r.partner_id
       WHERE r.registered_on < p.onboarded_on`,
    ).n;
    expect(earlyRegs).toBe(0);
  });

  it('has a few inactive partners without revenue or registrations in the last quarters', () => {
    const { ws } = g;
    const inactive = all<{ id: number }>(ws, `SELECT id FROM partners WHERE status = 'inactive'`);
    expect(inactive.length).toBeGreaterThanOrEqual(3);
    expect(inactive.length).toBeLessThanOrEqual(20);
    for (const { id } of inactive) {
      const revenue = one<{ r: number | null }>(
        ws,
        `SELECT sum(v.value) AS r FROM measure_values v JOIN measures m ON m.id = v.measure_id
         JOIN periods q ON q.id = v.period_id
         WHERE v.partner_id = ? AND m.key = 'revenue' AND q.start_date >= '2026-01-01'`,
        id,
      ).r;
      expect(revenue ?? 0).toBe(0);
      const regs = one<{ n: number }>(
        ws,
        `SELECT count(*) AS n FROM deal_registrations WHERE partner_id = ? AND registered_on >= '2026-01-01'`,
        id,
      ).n;
      expect(regs).toBe(0);
      const earlier = one<{ r: number | null }>(
        ws,
        `SELECT sum(v.value) AS r FROM measure_values v JOIN measures m ON m.id = v.measure_id
         WHERE v.partner_id = ? AND m.key = 'revenue'`,
        id,
      ).r;
      expect(earlier ?? 0, 'revenue before going quiet').toBeGreaterThan(0);
    }
  });

  it('leaves gaps: some partners miss measures in some of their quarters', () => {
    // Partners present (staff reported) in a quarter but without CSAT, training or revenue there.
    const gaps = all<{ partner_id: number }>(
      g.ws,
      `SELECT DISTINCT s.partner_id FROM measure_values s
       JOIN measures ms ON ms.id = s.measure_id AND ms.key = 'staff'
       JOIN partners p ON p.id = s.partner_id AND p.status = 'active'
       JOIN periods q ON q.id = s.period_id AND q.start_date > p.onboarded_on
       WHERE EXISTS (
         SELECT 1 FROM measures m WHERE m.key IN ('csat', 'trainings_completed', 'portal_logins', 'revenue')
         AND NOT EXISTS (SELECT 1 FROM measure_values v WHERE v.partner_id = s.partner_id
                         AND v.period_id = s.period_id AND v.measure_id = m.id))`,
    );
    expect(gaps.length).toBeGreaterThanOrEqual(5);
    expect(gaps.length).toBeLessThanOrEqual(40);
  });

  it('gives MDF to some partners only', () => {
    const n = one<{ n: number }>(
      g.ws,
      `SELECT count(DISTINCT partner_id) AS n FROM measure_values v JOIN measures m ON m.id = v.measure_id
       WHERE m.key = 'mdf_allocated'`,
    ).n;
    expect(n).toBeGreaterThan(30);
    expect(n).toBeLessThan(200);
    const overClaimed = one<{ n: number }>(
      g.ws,
      `SELECT count(*) AS n FROM measure_values a JOIN measure_values c
         ON c.partner_id = a.partner_id AND c.period_id = a.period_id
       WHERE a.measure_id = (SELECT id FROM measures WHERE key = 'mdf_allocated')
         AND c.measure_id = (SELECT id FROM measures WHERE key = 'mdf_claimed') AND c.value > a.value`,
    ).n;
    expect(overClaimed).toBe(0);
  });

  it('keeps enablement plausible: completed ≤ assigned, certified staff ≤ staff ≤ certifications bound', () => {
    const bad = one<{ n: number }>(
      g.ws,
      `WITH w AS (
         SELECT v.partner_id, v.period_id,
           max(CASE WHEN m.key = 'trainings_assigned' THEN v.value END) AS assigned,
           max(CASE WHEN m.key = 'trainings_completed' THEN v.value END) AS completed,
           max(CASE WHEN m.key = 'certified_staff' THEN v.value END) AS certified,
           max(CASE WHEN m.key = 'certifications' THEN v.value END) AS certs,
           max(CASE WHEN m.key = 'staff' THEN v.value END) AS staff,
           max(CASE WHEN m.key = 'csat' THEN v.value END) AS csat,
           max(CASE WHEN m.key = 'jbp' THEN v.value END) AS jbp
         FROM measure_values v JOIN measures m ON m.id = v.measure_id GROUP BY 1, 2)
       SELECT count(*) AS n FROM w WHERE completed > assigned OR certified > staff
         OR certs < certified OR csat < 0 OR csat > 100 OR jbp NOT IN (0, 1)`,
    ).n;
    expect(bad).toBe(0);
  });

  it('sets a revenue quota for active partners in every quarter they are onboarded', () => {
    const missing = one<{ n: number }>(
      g.ws,
      `SELECT count(*) AS n FROM partners p JOIN periods q ON q.grain = 'quarter' AND q.end_date >= p.onboarded_on
       WHERE p.status = 'active' AND NOT EXISTS (
         SELECT 1 FROM targets t JOIN measures m ON m.id = t.measure_id AND m.key = 'revenue'
         WHERE t.partner_id = p.id AND t.period_id = q.id)`,
    ).n;
    expect(missing).toBe(0);
    const attainment = all<{ a: number }>(
      g.ws,
      `SELECT v.value / t.value AS a FROM measure_values v
       JOIN targets t USING (partner_id, period_id, measure_id)
       JOIN partners p ON p.id = v.partner_id AND p.status = 'active'
       WHERE v.measure_id = (SELECT id FROM measures WHERE key = 'revenue')`,
    ).map((r) => r.a);
    const above = attainment.filter((a) => a >= 1).length / attainment.length;
    expect(above).toBeGreaterThan(0.3);
    expect(above).toBeLessThan(0.7);
  });

  it('skews revenue: the top 10% of partners hold more than 35% of it', () => {
    const revenues = all<{ r: number }>(
      g.ws,
      `SELECT sum(value) AS r FROM measure_values
       WHERE measure_id = (SELECT id FROM measures WHERE key = 'revenue') GROUP BY partner_id ORDER BY r DESC`,
    ).map((x) => x.r);
    const total = revenues.reduce((a, b) => a + b, 0);
    const top = revenues.slice(0, Math.floor(revenues.length / 10)).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.35);
  });

  it('keeps cost within a 10–35% margin of revenue', () => {
    const bad = one<{ n: number }>(
      g.ws,
      `SELECT count(*) AS n FROM measure_values r JOIN measure_values c
         ON c.partner_id = r.partner_id AND c.period_id = r.period_id
       WHERE r.measure_id = (SELECT id FROM measures WHERE key = 'revenue')
         AND c.measure_id = (SELECT id FROM measures WHERE key = 'cost') AND r.value > 100
         AND (c.value < r.value * 0.649 OR c.value > r.value * 0.901)`,
    ).n;
    expect(bad).toBe(0);
  });

  it('defines the standard measures and the 8 quarters ending 2026-Q3', () => {
    const measures = all<{ key: string }>(g.ws, 'SELECT key FROM measures ORDER BY id');
    expect(measures.map((m) => m.key)).toEqual(STANDARD_MEASURES.map((m) => m.key));
    const periods = all<{ key: string }>(
      g.ws,
      `SELECT key FROM periods WHERE grain = 'quarter' ORDER BY start_date`,
    );
    expect(periods.map((p) => p.key)).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
  });
});
