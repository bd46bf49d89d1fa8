import type { DataOverview } from '../../../shared/api';
import type { Workspace } from './workspace';

/** The Data overview: what is in the workspace, read with a handful of aggregate queries. */
export function dataOverview(ws: Workspace): DataOverview {
  const db = ws.sqlite;
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const byKey = (column: string) =>
    db
      .prepare(
        `SELECT coalesce(${column}, '(none)') AS key, count(*) AS count FROM partners
         GROUP BY 1 ORDER BY count DESC, key`,
      )
      .all() as DataOverview['partnersByType'];
  return {
    counts: {
      partners: count('SELECT count(*) AS n FROM partners'),
      activePartners: count("SELECT count(*) AS n FROM partners WHERE status = 'active'"),
      periods: count('SELECT count(*) AS n FROM periods'),
      measures: count('SELECT count(*) AS n FROM measures'),
      values: count('SELECT count(*) AS n FROM measure_values'),
      targets: count('SELECT count(*) AS n FROM targets'),
      dealRegistrations: count('SELECT count(*) AS n FROM deal_registrations'),
      imports: count("SELECT count(*) AS n FROM imports WHERE status = 'committed'"),
    },
    partnersByType: byKey('type'),
    partnersByRegion: byKey('region'),
    measures: db
      .prepare(
        // Both sub-aggregates use the primary key or the (measure, period) index, so this stays
        // well under a second at 10k partners (a COUNT(DISTINCT) join took seconds).
        `WITH per_measure AS (
           SELECT measure_id, sum(n) AS n FROM (
             SELECT measure_id, count(*) AS n FROM measure_values GROUP BY measure_id, period_id)
           GROUP BY measure_id),
         covered AS (
           SELECT measure_id, count(*) AS partners FROM (
             SELECT partner_id, measure_id FROM measure_values GROUP BY partner_id, measure_id)
           GROUP BY measure_id)
         SELECT m.key, m.name, m.unit, coalesce(pm.n, 0) AS "values", coalesce(c.partners, 0) AS partners
         FROM measures m
         LEFT JOIN per_measure pm ON pm.measure_id = m.id
         LEFT JOIN covered c ON c.measure_id = m.id
         ORDER BY m.id`,
      )
      .all() as DataOverview['measures'],
    periods: db
      .prepare(
        `WITH per_period AS (
           SELECT period_id, sum(n) AS n FROM (
             SELECT measure_id, period_id, count(*) AS n FROM measure_values GROUP BY measure_id, period_id)
           GROUP BY period_id)
         SELECT p.key, p.label, p.grain, p.start_date AS startDate, coalesce(pp.n, 0) AS "values"
         FROM periods p LEFT JOIN per_period pp ON pp.period_id = p.id
         ORDER BY p.grain, p.start_date`,
      )
      .all() as DataOverview['periods'],
    imports: db
      .prepare(
        `SELECT id, kind, file_name AS fileName, rows_accepted AS rowsAccepted,
                rows_rejected AS rowsRejected, status, started_at AS startedAt
         FROM imports ORDER BY id DESC LIMIT 100`,
      )
      .all() as DataOverview['imports'],
  };
}
