/**
 * Writes a workspace's data to a folder so that every number can be checked outside the app:
 * partners, every stored value and target (partner, period, measure, value) and the deal
 * registrations, as CSV (UTF-8 with BOM, for Excel) or Arrow IPC files.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Float64, Table, Utf8, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import type { ExportDataResult } from '../../../../shared/api/import';
import type { Workspace } from '../../workspace/workspace';
import { csvLine } from './csv-cells';

type Cell = string | number | null;

interface Dataset {
  name: string;
  columns: string[];
  numeric: Set<string>;
  sql: string;
}

const VALUE_SQL = (table: string) =>
  `SELECT p.external_id AS partner, pe.key AS period, m.key AS measure, v.value AS value, v.import_id AS import_id
   FROM ${table} v JOIN partners p ON p.id = v.partner_id JOIN periods pe ON pe.id = v.period_id
   JOIN measures m ON m.id = v.measure_id ORDER BY p.external_id, pe.grain, pe.start_date, m.key`;

const DATASETS: Dataset[] = [
  {
    name: 'partners',
    columns: [
      'external_id',
      'name',
      'type',
      'tier',
      'region',
      'country',
      'parent_external_id',
      'account_manager',
      'status',
      'onboarded_on',
      'attributes',
      'import_id',
    ],
    numeric: new Set(['import_id']),
    sql: `SELECT p.external_id, p.name, p.type, p.tier, p.region, p.country, parent.external_id AS parent_external_id,
            p.account_manager, p.status, p.onboarded_on, p.attributes, p.import_id
          FROM partners p LEFT JOIN partners parent ON parent.id = p.parent_id ORDER BY p.external_id`,
  },
  {
    name: 'values',
    columns: ['partner', 'period', 'measure', 'value', 'import_id'],
    numeric: new Set(['value', 'import_id']),
    sql: VALUE_SQL('measure_values'),
  },
  {
    name: 'targets',
    columns: ['partner', 'period', 'measure', 'value', 'import_id'],
    numeric: new Set(['value', 'import_id']),
    sql: VALUE_SQL('targets'),
  },
  {
    name: 'deal_registrations',
    columns: ['partner', 'reference', 'registered_on', 'closed_on', 'status', 'value', 'import_id'],
    numeric: new Set(['value', 'import_id']),
    sql: `SELECT p.external_id AS partner, d.reference, d.registered_on, d.closed_on, d.status, d.value, d.import_id
          FROM deal_registrations d JOIN partners p ON p.id = d.partner_id ORDER BY p.external_id, d.registered_on, d.reference`,
  },
];

function writeCsv(ws: Workspace, ds: Dataset, path: string): number {
  const fd = openSync(path, 'w');
  let rows = 0;
  try {
    let buffer = `\ufeff${csvLine(ds.columns)}`;
    for (const row of ws.sqlite.prepare(ds.sql).iterate() as IterableIterator<
      Record<string, Cell>
    >) {
      buffer += csvLine(ds.columns.map((c) => row[c] ?? null));
      rows++;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return rows;
}

function writeArrow(ws: Workspace, ds: Dataset, path: string): number {
  const rows = ws.sqlite.prepare(ds.sql).all() as Record<string, Cell>[];
  const columns: Record<string, Vector> = {};
  for (const c of ds.columns) {
    columns[c] = ds.numeric.has(c)
      ? vectorFromArray(
          rows.map((r) => (r[c] === null || r[c] === undefined ? null : Number(r[c]))),
          new Float64(),
        )
      : vectorFromArray(
          rows.map((r) => (r[c] === null || r[c] === undefined ? null : String(r[c]))),
          new Utf8(),
        );
  }
  writeFileSync(path, tableToIPC(new Table(columns), 'file'));
  return rows.length;
}

export function exportData(
  ws: Workspace,
  outDir: string,
  format: 'csv' | 'arrow',
): ExportDataResult {
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const files = DATASETS.map((ds) => {
    const fileName = `${ds.name}.${format === 'csv' ? 'csv' : 'arrow'}`;
    const path = join(dir, fileName);
    const rows = format === 'csv' ? writeCsv(ws, ds, path) : writeArrow(ws, ds, path);
    return { fileName, rows };
  });
  return { outDir: dir, files };
}
