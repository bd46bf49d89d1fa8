/** Mapping presets: the built-in ones plus those saved in the workspace (import_presets). */
import { asc, eq } from 'drizzle-orm';
import {
  importMappingSchema,
  type ImportMapping,
  type PresetInfo,
} from '../../../../shared/api/import';
import { AppError } from '../../../../shared/errors';
import { importPresets } from '../../workspace/schema';
import type { Workspace } from '../../workspace/workspace';
import { BUILTIN_PRESETS } from './builtin';

function kinds(mapping: ImportMapping): PresetInfo['kinds'] {
  return [...new Set(mapping.files.map((f) => f.kind))];
}

export function listPresets(ws: Workspace | null): PresetInfo[] {
  const builtIn: PresetInfo[] = [...BUILTIN_PRESETS.values()].map((m) => ({
    name: m.name!,
    description: m.description ?? '',
    builtIn: true,
    kinds: kinds(m),
    updatedAt: null,
  }));
  if (!ws) return builtIn;
  const saved = ws.db.select().from(importPresets).orderBy(asc(importPresets.name)).all();
  return [
    ...builtIn,
    ...saved.map((row) => {
      const mapping = importMappingSchema.safeParse(row.mapping);
      return {
        name: row.name,
        description: row.description,
        builtIn: false,
        kinds: mapping.success ? kinds(mapping.data) : [],
        updatedAt: row.updatedAt,
      };
    }),
  ];
}

export function getPreset(ws: Workspace | null, name: string): ImportMapping {
  const builtIn = BUILTIN_PRESETS.get(name.toLowerCase());
  if (builtIn) return builtIn;
  const row = ws?.db.select().from(importPresets).where(eq(importPresets.name, name)).get();
  if (!row) {
    const known = listPresets(ws)
      .map((p) => p.name)
      .join(', ');
    throw new AppError('NOT_FOUND', `There is no mapping preset "${name}" (known: ${known}).`);
  }
  const parsed = importMappingSchema.safeParse(row.mapping);
  if (!parsed.success) {
    throw new AppError(
      'INVALID_DATA',
      `Preset "${name}" is not a valid mapping any more: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  return parsed.data;
}

export function savePreset(
  ws: Workspace,
  name: string,
  description: string,
  mapping: ImportMapping,
  overwrite: boolean,
): PresetInfo {
  if (BUILTIN_PRESETS.has(name.toLowerCase())) {
    throw new AppError(
      'ALREADY_EXISTS',
      `"${name}" is a built-in preset; save yours under another name.`,
    );
  }
  const now = new Date().toISOString();
  const existing = ws.db.select().from(importPresets).where(eq(importPresets.name, name)).get();
  const stored = { ...mapping, name };
  if (existing) {
    if (!overwrite)
      throw new AppError(
        'ALREADY_EXISTS',
        `A preset named "${name}" exists; choose another name or overwrite it.`,
      );
    ws.db
      .update(importPresets)
      .set({ description, mapping: stored, updatedAt: now })
      .where(eq(importPresets.name, name))
      .run();
  } else {
    ws.db
      .insert(importPresets)
      .values({ name, description, mapping: stored, createdAt: now, updatedAt: now })
      .run();
  }
  return { name, description, builtIn: false, kinds: kinds(mapping), updatedAt: now };
}

export function deletePreset(ws: Workspace, name: string) {
  if (BUILTIN_PRESETS.has(name.toLowerCase()))
    throw new AppError('INVALID_ARGUMENT', `"${name}" is built in and cannot be deleted.`);
  const result = ws.db.delete(importPresets).where(eq(importPresets.name, name)).run();
  if (result.changes === 0) throw new AppError('NOT_FOUND', `There is no saved preset "${name}".`);
}
