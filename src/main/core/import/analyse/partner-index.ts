/**
 * The partners one import touches, numbered densely: roll-ups key cells by these numbers and
 * the commit turns them into partner ids. Partners not found anywhere are either created
 * (recorded here with what identifies them) or rejected, as the import's policy says.
 */
import type { PartnerMatch } from '../../../../shared/api/import';
import type { PartnerDirectory } from './partner-directory';

export interface UnknownPartner {
  key: string;
  name: string;
  rows: number;
  /** Its number when the policy creates it, else -1. */
  index: number;
}

export class PartnerIndex {
  readonly externalIds: string[] = [];
  readonly names: string[] = [];
  readonly source: ('workspace' | 'import' | 'created')[] = [];
  /** For created partners: attributes that make later files find them (an attribute match). */
  readonly createdAttributes = new Map<number, Record<string, string>>();
  readonly unknown = new Map<string, UnknownPartner>();
  private readonly byExternalId = new Map<string, number>();

  constructor(
    private readonly directory: PartnerDirectory,
    private readonly create: boolean,
  ) {}

  private add(
    externalId: string,
    name: string,
    source: 'workspace' | 'import' | 'created',
  ): number {
    let i = this.byExternalId.get(externalId);
    if (i === undefined) {
      i = this.externalIds.length;
      this.externalIds.push(externalId);
      this.names.push(name);
      this.source.push(source);
      this.byExternalId.set(externalId, i);
    }
    return i;
  }

  /** Every partner of the import's partner files, so coverage counts them even without facts. */
  addImported(externalId: string, name: string): number {
    return this.add(externalId, name, 'import');
  }

  /** The number of the partner a fact's key names; -1 when unknown and rejected. */
  resolve(key: string, match: PartnerMatch, name: string): number {
    const known = this.directory.resolve(key, match);
    if (known) return this.add(known.externalId, known.name, known.source);
    const tag = `${typeof match === 'string' ? match : `attribute:${match.attribute}`}\u0001${key}`;
    let unknown = this.unknown.get(tag);
    if (!unknown) {
      let index = -1;
      if (this.create) {
        index = this.add(key, name || key, 'created');
        if (typeof match === 'object')
          this.createdAttributes.set(index, { [match.attribute]: key });
      }
      unknown = { key, name, rows: 0, index };
      this.unknown.set(tag, unknown);
    }
    return unknown.index;
  }

  /** Counts rejected-or-created rows against their unknown key. */
  countUnknownRows(key: string, match: PartnerMatch, rows = 1): void {
    const tag = `${typeof match === 'string' ? match : `attribute:${match.attribute}`}\u0001${key}`;
    const unknown = this.unknown.get(tag);
    if (unknown) unknown.rows += rows;
  }

  get size(): number {
    return this.externalIds.length;
  }
}
