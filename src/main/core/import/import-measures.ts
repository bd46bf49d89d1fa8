/**
 * The measures a mapping can send columns to, for the wizard's measure picker: the standard
 * ones (always there, even before a workspace stores them), then the workspace's own in the
 * order they were added, each with how many values and targets the workspace holds for it.
 */
import type { ImportMeasure } from '../../../shared/api/import';
import { STANDARD_MEASURES, type MeasureDef } from '../workspace/standard-measures';
import type { Workspace } from '../workspace/workspace';

interface StoredMeasure extends MeasureDef {
  values: number;
}

export function importMeasures(ws: Workspace | null): ImportMeasure[] {
  const stored = ws
    ? (ws.sqlite
        .prepare(
          `SELECT m.key, m.name, m.unit, m.aggregation, m.description,
             (SELECT count(*) FROM measure_values v WHERE v.measure_id = m.id)
             + (SELECT count(*) FROM targets t WHERE t.measure_id = m.id) AS "values"
           FROM measures m ORDER BY m.id`,
        )
        .all() as StoredMeasure[])
    : [];
  const byKey = new Map(stored.map((m) => [m.key, m]));
  const standardKeys = new Set<string>(STANDARD_MEASURES.map((m) => m.key));
  const standard = STANDARD_MEASURES.map((def) => ({
    ...def,
    ...byKey.get(def.key),
    standard: true,
    values: byKey.get(def.key)?.values ?? 0,
  }));
  const own = stored
    .filter((m) => !standardKeys.has(m.key))
    .map((m) => ({ ...m, standard: false }));
  return [...standard, ...own];
}
