/**
 * A mapping for a set of staged files: the named preset, else a built-in preset whose file
 * patterns fit every file, else one entry per file from the recognised columns.
 */
import {
  importMappingSchema,
  type FileMapping,
  type FilePreview,
  type ImportMapping,
  type MappingSuggestion,
} from '../../../shared/api/import';
import type { Workspace } from '../workspace/workspace';
import { linkPartnerKeys } from './mapping/link-partner-keys';
import { globToRegExp } from './mapping/match-files';
import { BUILTIN_PRESETS } from './presets/builtin';
import { getPreset } from './presets/preset-store';

/** Whether the workspace holds any revenue value. */
function holdsSales(ws: Workspace | null): boolean {
  if (!ws) return false;
  const row = ws.sqlite
    .prepare(
      "SELECT EXISTS (SELECT 1 FROM measure_values v JOIN measures m ON m.id = v.measure_id WHERE m.key = 'revenue') AS has",
    )
    .get() as { has: number };
  return row.has === 1;
}

/**
 * A CRM export holds won deals but no sales lines: with no revenue in the workspace yet (and none
 * in these files), the won deals' value, dated at their close, is offered as revenue.
 */
function offerWonValueAsRevenue(mapping: ImportMapping, notes: string[]) {
  const revenue = mapping.files.some(
    (f) =>
      (f.kind === 'transactions' || f.kind === 'kpi-wide' || f.kind === 'targets-wide') &&
      f.measures.some((m) => m.measure === 'revenue'),
  );
  if (revenue) return;
  for (const file of mapping.files) {
    if (file.kind !== 'transactions') continue;
    const won = file.measures.find((m) => m.measure === 'deal_reg_won_value');
    if (!won || !won.value) continue;
    file.measures.push({ ...won, measure: 'revenue' });
    notes.push(
      `${file.match ?? 'The deals file'}: the workspace holds no revenue yet, so the value of won deals (${typeof won.value === 'string' ? won.value : 'deal value'}, dated at their close) is offered as revenue; remove it if revenue comes from sales data.`,
    );
  }
}

function fits(mapping: ImportMapping, names: string[]): boolean {
  const patterns = [
    ...mapping.files.map((f) => f.match),
    ...(mapping.lookups ?? []).map((l) => l.match),
  ];
  if (patterns.some((p) => !p)) return false;
  return names.every((n) => patterns.some((p) => globToRegExp(p!).test(n)));
}

export function suggestMapping(
  ws: Workspace | null,
  names: string[],
  previews: () => Promise<FilePreview[]>,
  preset?: string,
): Promise<MappingSuggestion> {
  if (preset) {
    return Promise.resolve({
      mapping: getPreset(ws, preset),
      source: `preset:${preset}`,
      notes: [],
      previews: [],
    });
  }
  for (const [name, mapping] of BUILTIN_PRESETS) {
    if (fits(mapping, names)) {
      return Promise.resolve({
        mapping,
        source: `preset:${name}`,
        notes: [`The files match the built-in preset "${name}": ${mapping.description ?? ''}`],
        previews: [],
      });
    }
  }
  return previews().then((list) => {
    const files: FileMapping[] = list.map((p) => p.mapping);
    const notes = list.flatMap((p) => [
      `${p.fileName}: read as ${p.kind}.`,
      ...p.notes.map((n) => `${p.fileName}: ${n}`),
    ]);
    const hasPartners = files.some((f) => f.kind === 'partners');
    const emptyWorkspace =
      !ws ||
      (ws.sqlite.prepare('SELECT count(*) AS n FROM partners').get() as { n: number }).n === 0;
    const create = !hasPartners && emptyWorkspace && files.some((f) => f.kind !== 'partners');
    const mapping = importMappingSchema.parse({
      version: 1,
      files,
      options: {
        grains: ['quarter'],
        unknownPartners: create ? 'create' : 'reject',
        outlierZ: 3.5,
      },
    });
    if (create)
      notes.push(
        'No partner file and no partners yet: the partners named in the facts will be created.',
      );
    if (!holdsSales(ws)) offerWonValueAsRevenue(mapping, notes);
    const links = linkPartnerKeys(ws, mapping, list, notes);
    const blocking = list.flatMap((p) => p.blocking ?? []);
    return {
      mapping,
      source: 'recognised',
      notes,
      ...(links.length ? { links } : {}),
      ...(blocking.length ? { blocking } : {}),
      previews: list,
    };
  });
}
