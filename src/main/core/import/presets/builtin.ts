import { importMappingSchema, type ImportMapping } from '../../../../shared/api/import';
import { adventureworksPreset } from './adventureworks';

/** Presets shipped with the app (read-only; saving one under the same name is refused). */
export const BUILTIN_PRESETS: ReadonlyMap<string, ImportMapping> = new Map(
  [adventureworksPreset].map((p) => {
    const mapping = importMappingSchema.parse(p);
    return [mapping.name!, mapping];
  }),
);
