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
import { globToRegExp } from './mapping/match-files';
import { BUILTIN_PRESETS } from './presets/builtin';
import { getPreset } from './presets/preset-store';

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
    const blocking = list.flatMap((p) => p.blocking ?? []);
    return {
      mapping,
      source: 'recognised',
      notes,
      ...(blocking.length ? { blocking } : {}),
      previews: list,
    };
  });
}
