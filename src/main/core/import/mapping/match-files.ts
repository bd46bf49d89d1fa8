/**
 * Which mapping entry reads which file. Entries with a `match` pattern take the files whose
 * names fit it (one entry may take several: sales-2024-*.csv); entries without one take the
 * remaining files in order. Lookup files come from the inputs or, for files on disk, from the
 * folder of the first input (AdventureWorks's geography next to its reseller file).
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileMapping, ImportMapping, LookupMapping } from '../../../../shared/api/import';

export interface MatchInput {
  fileName: string;
  /** The folder the file lives in, when it is a file on disk the user pointed at. */
  folder: string | null;
}

export interface FileMatch<T extends MatchInput> {
  files: { entry: FileMapping; input: T }[];
  lookups: { lookup: LookupMapping; input: T | { fileName: string; path: string } }[];
  problems: string[];
  /** Entries that found no file (skipped, not an error). */
  skipped: string[];
}

export function globToRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

export function matchFiles<T extends MatchInput>(
  mapping: ImportMapping,
  inputs: T[],
): FileMatch<T> {
  const problems: string[] = [];
  const lookups: FileMatch<T>['lookups'] = [];
  const used = new Set<T>();
  for (const lookup of mapping.lookups ?? []) {
    const re = globToRegExp(lookup.match);
    const given = inputs.find((i) => re.test(i.fileName));
    if (given) {
      used.add(given);
      lookups.push({ lookup, input: given });
      continue;
    }
    const folder = inputs.find((i) => i.folder)?.folder;
    const sibling =
      folder && existsSync(folder) ? readdirSync(folder).find((n) => re.test(n)) : undefined;
    if (folder && sibling)
      lookups.push({ lookup, input: { fileName: sibling, path: join(folder, sibling) } });
    else
      problems.push(
        `The mapping looks up "${lookup.name}" in a file named like ${lookup.match}, which is not among the files${folder ? ` nor in ${folder}` : ''}; add it to the import.`,
      );
  }
  const files: FileMatch<T>['files'] = [];
  const skipped: string[] = [];
  for (const entry of mapping.files) {
    if (!entry.match) continue;
    const re = globToRegExp(entry.match);
    const before = files.length;
    for (const input of inputs) {
      if (used.has(input) || !re.test(input.fileName)) continue;
      used.add(input);
      files.push({ entry, input });
    }
    if (files.length === before)
      skipped.push(
        `No file named like ${entry.match} (${entry.kind}); that part of the mapping is skipped.`,
      );
  }
  const rest = inputs.filter((i) => !used.has(i));
  const positional = mapping.files.filter((e) => !e.match);
  rest.forEach((input, k) => {
    const entry = positional[k];
    if (entry) files.push({ entry, input });
    else
      problems.push(
        `No entry of the mapping reads ${input.fileName}${
          mapping.files.some((e) => e.match)
            ? ` (patterns: ${mapping.files
                .map((e) => e.match)
                .filter(Boolean)
                .join(', ')})`
            : ''
        }.`,
      );
  });
  if (files.length === 0 && problems.length === 0) problems.push('No file matches the mapping.');
  return { files, lookups, problems, skipped };
}

/** The folder a path-staged file sits in (null for uploads). */
export function folderOf(path: string, uploaded: boolean): string | null {
  return uploaded ? null : dirname(path);
}
