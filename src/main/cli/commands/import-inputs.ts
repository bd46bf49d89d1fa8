/** The CLI's file arguments: files as given, folders expanded to the files a mapping reads. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importMappingSchema, type ImportMapping } from '../../../shared/api/import';
import { globToRegExp } from '../../core/import/mapping/match-files';
import { UsageError } from '../command';

const DATA_FILE = /\.(csv|tsv|tab|txt|psv|xlsx|xlsm|arrow|arrows|feather|ipc)$/i;

/**
 * Files to stage. A folder contributes, with a mapping whose entries name file patterns, the
 * files those patterns match (lookups are found by the importer itself); otherwise every data file.
 */
export function expandInputs(args: string[], mapping: ImportMapping | null): string[] {
  const out: string[] = [];
  for (const arg of args) {
    const path = resolve(arg);
    if (!existsSync(path)) throw new UsageError(`no file or folder at ${path}`);
    if (!statSync(path).isDirectory()) {
      out.push(path);
      continue;
    }
    const patterns =
      mapping?.files.map((f) => f.match).filter((m): m is string => Boolean(m)) ?? [];
    const names = readdirSync(path).sort();
    const chosen = patterns.length
      ? names.filter((n) => patterns.some((p) => globToRegExp(p).test(n)))
      : names.filter((n) => DATA_FILE.test(n));
    if (chosen.length === 0) throw new UsageError(`${path} holds no file the mapping reads`);
    for (const n of chosen) out.push(join(path, n));
  }
  return out;
}

/** Reads and validates a mapping JSON file, naming the file and the field in any error. */
export function readMappingFile(file: string): ImportMapping {
  const path = resolve(file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${path} is not readable JSON: ${(error as Error).message}`);
  }
  const parsed = importMappingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `${path} is not a valid mapping: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'rejected'}`,
    );
  }
  return parsed.data;
}
