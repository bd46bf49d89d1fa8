/**
 * The measures an import can write: the standard ones, those already in the workspace, those
 * the mapping defines, and — with a warning — any other key a mapping names.
 */
import type { MeasureDefInput } from '../../../../shared/api/import';
import { STANDARD_MEASURES, type MeasureDef } from '../../workspace/standard-measures';
import { normaliseName } from '../mapping/columns';

export class MeasureCatalog {
  private readonly defs = new Map<string, MeasureDef>();
  private readonly byName = new Map<string, string>();
  private readonly existing: Set<string>;
  readonly invented: string[] = [];

  constructor(workspace: MeasureDef[], custom: MeasureDefInput[] = []) {
    this.existing = new Set(workspace.map((m) => m.key));
    for (const def of [...STANDARD_MEASURES, ...workspace]) this.add(def);
    for (const c of custom) {
      this.add({
        key: c.key,
        name: c.name,
        unit: c.unit ?? 'count',
        aggregation: c.aggregation ?? 'sum',
        description: c.description ?? '',
      });
    }
  }

  private add(def: MeasureDef) {
    this.defs.set(def.key, def);
    this.byName.set(normaliseName(def.key), def.key);
    this.byName.set(normaliseName(def.name), def.key);
  }

  get(key: string): MeasureDef | undefined {
    return this.defs.get(key);
  }

  /** A key named by the mapping; an unknown one is defined (count unit, summed) and noted. */
  require(key: string): MeasureDef {
    let def = this.defs.get(key);
    if (!def) {
      const name = key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
      def = { key, name, unit: 'count', aggregation: 'sum', description: 'Added by an import.' };
      this.add(def);
      this.invented.push(key);
    }
    return def;
  }

  /** A measure key from a name in a long KPI table (`Revenue`, `deal_regs_won`…). */
  resolveName(text: string, names: Record<string, string> = {}): string | null {
    const mapped = names[text] ?? names[text.trim()];
    if (mapped) return this.require(mapped).key;
    return this.byName.get(normaliseName(text)) ?? null;
  }

  isNew(key: string): boolean {
    return !this.existing.has(key);
  }
}
