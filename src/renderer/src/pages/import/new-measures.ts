/**
 * Measures the user creates in the wizard ("New measure “Webinars”"): defined in the mapping
 * itself, so the analysis knows their name and a saved preset brings them along.
 */
import type { ImportMapping } from '../../../../shared/api';

/** Key → name of the measures created in the wizard. */
export type NewMeasures = Record<string, string>;

type MeasureDef = NonNullable<ImportMapping['measures']>[number];

/** The measure keys the file mappings send values to. */
function usedKeys(mapping: ImportMapping): Set<string> {
  const keys = new Set<string>();
  for (const f of mapping.files) {
    if (f.kind === 'kpi-wide' || f.kind === 'targets-wide')
      for (const m of f.measures) keys.add(m.measure);
    if (f.kind === 'kpi-long' || f.kind === 'targets-long')
      for (const key of Object.values(f.measureNames ?? {})) keys.add(key);
  }
  return keys;
}

/**
 * `mapping` with the preset's own measure definitions plus one for each new measure in use
 * (counted and summed, like any measure an import adds); definitions no longer used are dropped.
 */
export function withMeasureDefs(
  mapping: ImportMapping,
  baseDefs: MeasureDef[],
  created: NewMeasures,
  known: Set<string>,
): ImportMapping {
  const used = usedKeys(mapping);
  const defs = [...baseDefs];
  for (const key of used) {
    const name = created[key];
    if (name === undefined || known.has(key) || defs.some((d) => d.key === key)) continue;
    defs.push({
      key,
      name,
      unit: 'count',
      aggregation: 'sum',
      description: 'Added in the import wizard.',
    });
  }
  const { measures: _previous, ...rest } = mapping;
  return defs.length > 0 ? { ...rest, measures: defs } : rest;
}

/**
 * The measures a suggested mapping creates from a KPI table's own headers or measure names (keys
 * the workspace does not know), named as the file names them, so the pickers show them.
 */
export function suggestedNewMeasures(mapping: ImportMapping, known: Set<string>): NewMeasures {
  const out: NewMeasures = {};
  for (const f of mapping.files) {
    if (f.kind === 'kpi-wide' || f.kind === 'targets-wide')
      for (const m of f.measures)
        if (!known.has(m.measure) && typeof m.value === 'string') out[m.measure] = m.value;
    if (f.kind === 'kpi-long' || f.kind === 'targets-long')
      for (const [name, key] of Object.entries(f.measureNames ?? {}))
        if (!known.has(key)) out[key] = name;
  }
  return out;
}
