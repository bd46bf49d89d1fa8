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
        `SELECT m.key, m.name, m.unit,
                count(v.partner_id) AS "values", count(DISTINCT v.partner_id) AS partners
         FROM measures m LEFT JOIN measure_values v ON v.measure_id = m.id
         GROUP BY m.id ORDER BY m.id`,
      )
      .all() as DataOverview['measures'],
    periods: db
      .prepare(
        `SELECT p.key, p.label, p.grain, p.start_date AS startDate,
                (SELECT count(*) FROM measure_values v WHERE v.period_id = p.id) AS "values"
         FROM periods p ORDER BY p.grain, p.start_date`,
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
