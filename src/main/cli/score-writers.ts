/**
 * The `score` command's output: one flat row per partner (id, name, composite, group scores,
 * tier, segment, rank, then each KPI's raw value and score) as CSV, JSON or Arrow IPC. CSV text
 * cells starting with = + - @ (or a tab or carriage return) are prefixed with ' so spreadsheets
 * never read them as formulas; numbers are written as plain numerals.
 */
import {
  Float64,
  Int32,
  Table,
  Utf8,
  tableToIPC,
  vectorFromArray,
  type Vector,
} from 'apache-arrow';
import type { ScoreTable } from '../../shared/api/scoring-results';

type Cell = string | number | null;

export interface FlatColumn {
  name: string;
  kind: 'int' | 'float' | 'text';
  values: Cell[];
}

export function flattenScores(table: ScoreTable): FlatColumn[] {
  const columns: FlatColumn[] = [
    { name: 'partner_id', kind: 'int', values: table.partnerId },
    { name: 'external_id', kind: 'text', values: table.externalId },
    { name: 'name', kind: 'text', values: table.name },
    { name: 'composite', kind: 'float', values: table.composite },
    ...table.groups.map((g, j): FlatColumn => ({
      name: `${g.key}_score`,
      kind: 'float',
      values: table.groupScores[j]!,
    })),
    { name: 'tier', kind: 'text', values: table.tier },
    { name: 'segment', kind: 'text', values: table.segment },
    { name: 'rank', kind: 'int', values: table.rank },
    { name: 'percentile', kind: 'float', values: table.percentile },
    { name: 'coverage', kind: 'float', values: table.coverage },
  ];
  table.kpis.forEach((k, i) => {
    columns.push({ name: `${k.key}_raw`, kind: 'float', values: table.kpiRaw?.[i] ?? [] });
    columns.push({ name: `${k.key}_score`, kind: 'float', values: table.kpiScore?.[i] ?? [] });
  });
  return columns;
}

/** Neutralises a text cell that a spreadsheet would evaluate as a formula. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCell(value: Cell, kind: FlatColumn['kind']): string {
  if (value === null || value === undefined) return '';
  if (kind !== 'text')
    return String(typeof value === 'number' ? Number(value.toPrecision(12)) : value);
  const text = neutralise(String(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: FlatColumn[]): string {
  const rows = columns[0]?.values.length ?? 0;
  const lines = [columns.map((c) => c.name).join(',')];
  for (let i = 0; i < rows; i++)
    lines.push(columns.map((c) => csvCell(c.values[i] ?? null, c.kind)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(table: ScoreTable, columns: FlatColumn[]): string {
  const rows = Array.from({ length: table.partnerId.length }, (_, i) =>
    Object.fromEntries(columns.map((c) => [c.name, c.values[i] ?? null])),
  );
  return `${JSON.stringify({ methodology: table.methodology, period: table.period, tiers: table.tiers, rows }, null, 1)}\n`;
}

export function toArrow(columns: FlatColumn[]): Uint8Array {
  const vectors: Record<string, Vector> = {};
  for (const c of columns) {
    vectors[c.name] =
      c.kind === 'text'
        ? vectorFromArray(c.values as (string | null)[], new Utf8())
        : vectorFromArray(
            c.values as (number | null)[],
            c.kind === 'int' ? new Int32() : new Float64(),
          );
  }
  return tableToIPC(new Table(vectors), 'file');
}
