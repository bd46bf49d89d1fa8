import { MappingError } from './mapping-error';

/** Lower case with only letters and digits: `Close Date`, `close_date` and `CloseDate` agree. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The index of a column by exact name, else by normalised name; a clear error otherwise. */
export function columnIndex(columns: string[], name: string, fileName: string): number {
  const exact = columns.indexOf(name);
  if (exact >= 0) return exact;
  const wanted = normaliseName(name);
  const loose = columns.findIndex((c) => normaliseName(c) === wanted);
  if (loose >= 0) return loose;
  const shown = columns
    .slice(0, 40)
    .map((c) => `"${c}"`)
    .join(', ');
  throw new MappingError(
    `${fileName} has no column "${name}" (its columns: ${shown}${columns.length > 40 ? ', …' : ''}).`,
  );
}
