/**
 * Finds the partner a fact row belongs to: by external id, by name, or by an attribute (a
 * reseller's surrogate key kept from its master file), among the workspace's partners and the
 * partners of the files being imported (which win for the same external id).
 */
import type { PartnerMatch } from '../../../../shared/api/import';

export interface KnownPartner {
  externalId: string;
  name: string;
  /** Where it is: already stored, or in a partner file of this import. */
  source: 'workspace' | 'import';
  attributes: () => Record<string, unknown>;
}

export interface WorkspacePartnerRow {
  externalId: string;
  name: string;
  attributes: string;
}

function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

export class PartnerDirectory {
  private readonly byExternalId = new Map<string, KnownPartner>();
  private byName: Map<string, KnownPartner | null> | null = null;
  private readonly byAttribute = new Map<string, Map<string, KnownPartner | null>>();

  constructor(workspace: WorkspacePartnerRow[]) {
    for (const row of workspace) {
      let parsed: Record<string, unknown> | undefined;
      this.byExternalId.set(row.externalId, {
        externalId: row.externalId,
        name: row.name,
        source: 'workspace',
        attributes: () =>
          (parsed ??= JSON.parse(row.attributes || '{}') as Record<string, unknown>),
      });
    }
  }

  /** Adds (or replaces) a partner from a partner file of this import. */
  addImported(externalId: string, name: string, attributes: Record<string, unknown>): void {
    this.byExternalId.set(externalId, {
      externalId,
      name,
      source: 'import',
      attributes: () => attributes,
    });
    this.byName = null;
    this.byAttribute.clear();
  }

  get(externalId: string): KnownPartner | undefined {
    return this.byExternalId.get(externalId);
  }

  resolve(key: string, match: PartnerMatch): KnownPartner | null {
    if (match === 'externalId') return this.byExternalId.get(key) ?? null;
    if (match === 'name') {
      this.byName ??= this.index((p) => nameKey(p.name));
      return this.byName.get(nameKey(key)) ?? null;
    }
    let index = this.byAttribute.get(match.attribute);
    if (!index) {
      const attr = match.attribute;
      index = this.index((p) => {
        const v = p.attributes()[attr];
        return v === undefined || v === null ? undefined : String(v);
      });
      this.byAttribute.set(attr, index);
    }
    return index.get(key.trim()) ?? null;
  }

  /** A lookup by a derived key; a key two partners share maps to null (never a guess). */
  private index(keyOf: (p: KnownPartner) => string | undefined): Map<string, KnownPartner | null> {
    const index = new Map<string, KnownPartner | null>();
    for (const p of this.byExternalId.values()) {
      const k = keyOf(p);
      if (k === undefined || k === '') continue;
      index.set(k, index.has(k) ? null : p);
    }
    return index;
  }
}
