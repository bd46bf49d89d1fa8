/** Grouping dimensions: their names in words and the label of a partner without a value. */
import type { GroupDimension, SizeBasis } from '../../../shared/api/benchmark';
import { AppError } from '../../../shared/errors';

export function attributeOf(dim: GroupDimension): string | null {
  return dim.startsWith('attr:') ? dim.slice(5) : null;
}

export function dimensionLabel(dim: GroupDimension, sizeBy: SizeBasis): string {
  if (dim === 'type') return 'Type';
  if (dim === 'region') return 'Region';
  if (dim === 'tier') return 'Program tier';
  if (dim === 'size') return sizeBy === 'revenue' ? 'Size by revenue' : 'Size by employees';
  return attributeOf(dim) ?? dim;
}

export function missingLabel(dim: GroupDimension): string {
  if (dim === 'type') return 'No type';
  if (dim === 'region') return 'No region';
  if (dim === 'tier') return 'No tier';
  if (dim === 'size') return 'Size unknown';
  return `No ${attributeOf(dim) ?? dim}`;
}

/** `type,region` or `attr:segment` from the command line or a request; duplicates refused. */
export function checkDimensions(dims: readonly GroupDimension[]): GroupDimension[] {
  const seen = new Set<string>();
  for (const d of dims) {
    if (seen.has(d)) throw new AppError('INVALID_ARGUMENT', `The group uses ${d} twice.`);
    seen.add(d);
  }
  return [...dims];
}
