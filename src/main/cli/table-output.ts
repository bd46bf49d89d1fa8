/**
 * Output of the CLI's report commands (`benchmark`, `risks`): `--format table|csv|json`, printed
 * or written to `--out FILE`.
 */
import { writeFileSync } from 'node:fs';
import { toCsv, toText, type Tabular } from '../core/benchmark/tabular';
import { UsageError, stringOption, type ParsedArgs } from './command';
import type { CliIo } from './io';

export const TABLE_FORMATS = ['table', 'csv', 'json'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export function tableFormatOption(args: ParsedArgs): TableFormat {
  const raw = stringOption(args, 'format') ?? 'table';
  if (!(TABLE_FORMATS as readonly string[]).includes(raw)) {
    throw new UsageError(`--format must be one of ${TABLE_FORMATS.join(', ')}, got "${raw}"`);
  }
  return raw as TableFormat;
}

/** Tables as text (all of them), CSV (the first) or the JSON value, to stdout or `--out`. */
export function emitTables(
  io: CliIo,
  args: ParsedArgs,
  format: TableFormat,
  tables: Tabular[],
  json: unknown,
) {
  const body =
    format === 'json'
      ? `${JSON.stringify(json, null, 2)}\n`
      : format === 'csv'
        ? toCsv(tables[0]!)
        : `${tables.map(toText).join('\n\n')}\n`;
  const out = stringOption(args, 'out');
  if (out) writeFileSync(out, body);
  else io.out(body.replace(/\r?\n$/, ''));
}
