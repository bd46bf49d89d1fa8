/**
 * Structural checks of a delimited file's first rows, before any row is imported: an empty file,
 * a header split by another delimiter than the rows below it, a header naming a column twice.
 */
import { ReaderError } from './types';

const DELIMITER_NAMES: Record<string, string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'pipes',
};

function name(delimiter: string): string {
  return DELIMITER_NAMES[delimiter] ?? `"${delimiter}"`;
}

/** The most frequent row width among `rows` (the widest among equally frequent ones). */
export function typicalWidth(rows: string[][]): number {
  const freq = new Map<number, number>();
  for (const r of rows) freq.set(r.length, (freq.get(r.length) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [width, count] of freq) {
    if (count > bestCount || (count === bestCount && width > best)) {
      best = width;
      bestCount = count;
    }
  }
  return best;
}

/** Refuses a header row with fewer columns than the rows below it hold. */
export function checkHeaderWidth(
  fileName: string,
  header: string[],
  body: string[][],
  delimiter: string,
): void {
  if (body.length === 0) return;
  const width = typicalWidth(body);
  if (width <= header.length || header.length === 0) return;
  // A trailing delimiter on every row (empty cells past the header) is harmless.
  const filled = body.filter((r) => r.slice(header.length).some((c) => c.trim() !== '')).length;
  if (filled <= body.length / 2) return;
  const joined = header.join(delimiter);
  const other = Object.keys(DELIMITER_NAMES).find((d) => d !== delimiter && joined.includes(d));
  throw new ReaderError(
    other
      ? `${fileName}: the header row (row 1) is separated by ${name(other)} but the rows below it by ${name(delimiter)}; save the file with one delimiter throughout.`
      : `${fileName}: the header row (row 1) names ${header.length} column${header.length === 1 ? '' : 's'} but most rows below it hold ${width}; name every column in the header.`,
  );
}

/** Header names that occur more than once (case-insensitive), with their column numbers. */
export function duplicateHeaders(header: string[]): { name: string; columns: number[] }[] {
  const seen = new Map<string, { name: string; columns: number[] }>();
  header.forEach((raw, i) => {
    const v = raw.trim();
    if (v === '') return;
    const entry = seen.get(v.toLowerCase()) ?? { name: v, columns: [] };
    entry.columns.push(i + 1);
    seen.set(v.toLowerCase(), entry);
  });
  return [...seen.values()].filter((e) => e.columns.length > 1);
}

/** The message for duplicated header names: one line naming each and its column numbers. */
export function duplicateHeaderMessage(
  fileName: string,
  dups: { name: string; columns: number[] }[],
): string {
  const list = dups.map((d) => `"${d.name}" (columns ${d.columns.join(', ')})`).join(', ');
  return `${fileName}: the header names ${list} more than once; give every column its own name, so that each value goes where it belongs.`;
}
