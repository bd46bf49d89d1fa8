/**
 * Peer groups over any combination of dimensions. Each dimension becomes a column of codes in
 * display order (alphabetical, size bands by size, "no value" last); the combination's groups
 * are ordered like a spreadsheet sort on those columns. The result is the scoring engine's
 * GroupIndex, so its sorted-group and percentile code applies unchanged.
 */
import type { GroupDimension, SizeBasis } from '../../../shared/api/benchmark';
import type { PartnerColumns } from '../scoring/dataset';
import type { GroupIndex } from '../scoring/peer-groups';
import { attributeOf, missingLabel } from './group-dimensions';
import type { Attributes } from './partner-attributes';
import { UNKNOWN_SIZE, bandLabels, sizeBand } from './size-bands';

export const ALL_PARTNERS = 'All partners';

export interface DimensionSource {
  partners: PartnerColumns;
  attributes: () => Attributes[];
  /** Size figure per dataset row (see size-values.ts). */
  size: () => Float64Array;
  sizeBy: SizeBasis;
}

interface CodedColumn {
  codes: Int32Array;
  labels: string[];
}

function textColumn(labels: (string | null)[], missing: string): CodedColumn {
  const distinct = [...new Set(labels.filter((l): l is string => l !== null))].sort((a, b) =>
    a.localeCompare(b, 'en'),
  );
  const hasMissing = labels.some((l) => l === null);
  const all = hasMissing ? [...distinct, missing] : distinct;
  const index = new Map(all.map((l, i) => [l, i]));
  const codes = Int32Array.from(labels, (l) => index.get(l ?? missing)!);
  return { codes, labels: all };
}

function sizeColumn(source: DimensionSource, rows: Int32Array): CodedColumn {
  const size = source.size();
  const bands = bandLabels(source.sizeBy);
  const raw = Int32Array.from(rows, (r) => {
    const b = sizeBand(source.sizeBy, size[r]!);
    return b < 0 ? bands.length : b;
  });
  const all = [...bands, UNKNOWN_SIZE];
  const used = all.map((_, i) => raw.includes(i));
  const remap = new Int32Array(all.length).fill(-1);
  const labels: string[] = [];
  all.forEach((label, i) => {
    if (!used[i]) return;
    remap[i] = labels.length;
    labels.push(label);
  });
  return { codes: raw.map((c) => remap[c]!), labels };
}

function dimensionColumn(
  dim: GroupDimension,
  source: DimensionSource,
  rows: Int32Array,
): CodedColumn {
  if (dim === 'size') return sizeColumn(source, rows);
  const attr = attributeOf(dim);
  const { partners } = source;
  const attributes = attr ? source.attributes() : null;
  const labels = Array.from(rows, (r): string | null => {
    if (attributes && attr) {
      const v = attributes[r]?.[attr];
      return v === null || v === undefined || v === '' ? null : String(v);
    }
    const v = partners[dim as 'type' | 'region' | 'tier'][r];
    return v === null || v === undefined || v === '' ? null : v;
  });
  return textColumn(labels, missingLabel(dim));
}

/** Groups of `rows` (dataset rows) by `dims`; with no dimension, one group of everyone. */
export function assignGroups(
  source: DimensionSource,
  rows: Int32Array,
  dims: readonly GroupDimension[],
): GroupIndex {
  if (dims.length === 0) {
    return {
      ids: new Int32Array(rows.length),
      count: rows.length > 0 ? 1 : 0,
      labels: [ALL_PARTNERS],
    };
  }
  const columns = dims.map((d) => dimensionColumn(d, source, rows));
  const combined = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    let code = 0;
    for (const c of columns) code = code * c.labels.length + c.codes[i]!;
    combined[i] = code;
  }
  const distinct = [...new Set(combined)].sort((a, b) => a - b);
  const idOf = new Map(distinct.map((code, id) => [code, id]));
  const labels = distinct.map((code) => {
    const parts: string[] = [];
    for (let d = columns.length - 1; d >= 0; d--) {
      const c = columns[d]!;
      parts.unshift(c.labels[code % c.labels.length]!);
      code = Math.floor(code / c.labels.length);
    }
    return parts.join(' · ');
  });
  return {
    ids: Int32Array.from(combined, (code) => idOf.get(code)!),
    count: distinct.length,
    labels,
  };
}
