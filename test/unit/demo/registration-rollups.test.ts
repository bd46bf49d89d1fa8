import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all, generate, measureIds, one, type Generated } from './demo-fixtures';

interface Period {
  id: number;
  key: string;
  start_date: string;
  end_date: string;
}

/** The pipeline measures recomputed from deal_registrations, as STANDARD_MEASURES defines them. */
function fromRegistrations(g: Generated, partnerId: number, q: Period) {
  const between = 'BETWEEN ? AND ?';
  const inQuarter = [partnerId, q.start_date, q.end_date];
  const registered = one<{ n: number; v: number; approved: number }>(
    g.ws,
    `SELECT count(*) AS n, coalesce(sum(value), 0) AS v,
       coalesce(sum(status IN ('approved', 'won', 'lost')), 0) AS approved
     FROM deal_registrations WHERE partner_id = ? AND registered_on ${between}`,
    ...inQuarter,
  );
  const won = one<{ n: number; v: number; days: number | null }>(
    g.ws,
    `SELECT count(*) AS n, coalesce(sum(value), 0) AS v,
       avg(julianday(closed_on) - julianday(registered_on)) AS days
     FROM deal_registrations WHERE partner_id = ? AND status = 'won' AND closed_on ${between}`,
    ...inQuarter,
  );
  const open = one<{ v: number }>(
    g.ws,
    `SELECT coalesce(sum(value), 0) AS v FROM deal_registrations
     WHERE partner_id = ? AND status <> 'rejected' AND registered_on <= ?
       AND (closed_on IS NULL OR closed_on > ?)`,
    partnerId,
    q.end_date,
    q.end_date,
  );
  return {
    deal_regs_submitted: registered.n,
    deal_regs_approved: registered.approved,
    deal_reg_value: registered.v,
    deal_regs_won: won.n,
    deal_reg_won_value: won.v,
    days_to_close: won.days,
    open_pipeline: open.v,
  };
}

describe('deal registrations and their rollups', () => {
  let g: Generated;
  beforeAll(() => {
    g = generate();
  });
  afterAll(() => g.ws.close());

  it('stores registrations with consistent statuses and dates', () => {
    const statuses = all<{ status: string }>(
      g.ws,
      'SELECT DISTINCT status FROM deal_registrations ORDER BY 1',
    );
    expect(statuses.map((s) => s.status)).toEqual([
      'approved',
      'lost',
      'rejected',
      'submitted',
      'won',
    ]);
    const bad = one<{ n: number }>(
      g.ws,
      `SELECT count(*) AS n FROM deal_registrations WHERE value <= 0 OR registered_on > '2026-09-30'
         OR (status IN ('won', 'lost') AND (closed_on IS NULL OR closed_on < registered_on
                                            OR closed_on > '2026-09-30'))
         OR (status IN ('submitted', 'approved', 'rejected') AND closed_on IS NOT NULL)`,
    ).n;
    expect(bad).toBe(0);
    const refs = one<{ n: number; d: number }>(
      g.ws,
      'SELECT count(*) AS n, count(DISTINCT reference) AS d FROM deal_registrations',
    );
    expect(refs.d).toBe(refs.n);
  });

  it('rolls up into measure_values exactly as the registrations add up', () => {
    const ids = measureIds(g.ws);
    const periods = all<Period>(
      g.ws,
      `SELECT id, key, start_date, end_date FROM periods ORDER BY start_date`,
    );
    // The busiest partners, a few ordinary ones, and one of the inactive partners.
    const partners = [
      ...all<{ partner_id: number }>(
        g.ws,
        'SELECT partner_id FROM deal_registrations GROUP BY 1 ORDER BY count(*) DESC LIMIT 3',
      ).map((r) => r.partner_id),
      1,
      2,
      3,
      150,
      299,
      one<{ id: number }>(g.ws, `SELECT min(id) AS id FROM partners WHERE status = 'inactive'`).id,
    ];
    let compared = 0;
    for (const partnerId of partners) {
      for (const q of periods) {
        const stored = new Map(
          all<{ measure_id: number; value: number }>(
            g.ws,
            'SELECT measure_id, value FROM measure_values WHERE partner_id = ? AND period_id = ?',
            partnerId,
            q.id,
          ).map((r) => [r.measure_id, r.value]),
        );
        if (!stored.has(ids.get('deal_regs_submitted')!)) continue; // not onboarded yet
        const expected = fromRegistrations(g, partnerId, q);
        for (const [key, value] of Object.entries(expected)) {
          const actual = stored.get(ids.get(key)!);
          const where = `partner ${partnerId} ${q.key} ${key}`;
          if (key === 'days_to_close') {
            if (value === null) expect(actual, where).toBeUndefined();
            else expect(Math.abs((actual ?? NaN) - value), where).toBeLessThanOrEqual(0.0501);
          } else {
            expect(actual, where).toBe(value);
          }
        }
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('lets registered wins fit inside revenue', () => {
    const over = one<{ n: number }>(
      g.ws,
      `SELECT count(*) AS n FROM measure_values w JOIN measure_values r
         ON r.partner_id = w.partner_id AND r.period_id = w.period_id
       WHERE w.measure_id = (SELECT id FROM measures WHERE key = 'deal_reg_won_value')
         AND r.measure_id = (SELECT id FROM measures WHERE key = 'revenue') AND w.value > r.value`,
    ).n;
    expect(over).toBe(0);
  });
});
