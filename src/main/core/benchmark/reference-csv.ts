/**
 * Reads a reference-benchmark CSV: one row per KPI with its value, optionally a note. A header
 * naming the columns (kpi/key/metric, value/benchmark/average, note/comment) is recognised; without
 * one the first two columns are the KPI and the value. A KPI may be given by key or by name;
 * "31%" means 0.31. Uses the importer's RFC 4180 tokenizer and number reader.
 */
import { CsvTokenizer } from '../import/readers/csv-tokenizer';
import { parseNumber } from '../import/values/parse-number';

export interface ReferenceRow {
  line: number;
  kpi: string;
  value: number;
  note: string;
}

export interface ParsedReferences {
  rows: ReferenceRow[];
  skipped: { line: number; reason: string }[];
}

const KPI_HEADERS = ['kpi', 'key', 'metric', 'measure', 'kpi key', 'kpi name', 'name'];
const VALUE_HEADERS = ['value', 'benchmark', 'average', 'reference', 'industry average', 'median'];
const NOTE_HEADERS = ['note', 'notes', 'comment', 'source'];

function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

function findColumn(header: string[], names: string[]): number {
  return header.findIndex((h) => names.includes(h.trim().toLowerCase()));
}

/** `resolveKpi` maps a key or name to a KPI key, or null when unknown. */
export function parseReferenceCsv(
  text: string,
  resolveKpi: (raw: string) => string | null,
): ParsedReferences {
  const tokenizer = new CsvTokenizer(detectDelimiter(text), '"');
  const records: string[][] = [];
  const lines: number[] = [];
  tokenizer.push(text.replace(/^\uFEFF/, ''), records, lines);
  tokenizer.finish(records, lines);
  const header = records[0] ?? [];
  let kpiCol = findColumn(header, KPI_HEADERS);
  let valueCol = findColumn(header, VALUE_HEADERS);
  const noteCol = findColumn(header, NOTE_HEADERS);
  let first = 1;
  if (kpiCol < 0 || valueCol < 0) {
    kpiCol = 0;
    valueCol = 1;
    first = Number.isNaN(parseNumber((header[1] ?? '').trim())) ? 1 : 0;
  }
  const rows: ReferenceRow[] = [];
  const skipped: ParsedReferences['skipped'] = [];
  for (let r = first; r < records.length; r++) {
    const record = records[r]!;
    const line = lines[r] ?? r + 1;
    const rawKpi = (record[kpiCol] ?? '').trim();
    const rawValue = (record[valueCol] ?? '').trim();
    if (rawKpi === '' && rawValue === '') continue;
    const kpi = resolveKpi(rawKpi);
    if (!kpi) {
      skipped.push({ line, reason: `unknown KPI "${rawKpi.slice(0, 80)}"` });
      continue;
    }
    const number = parseNumber(rawValue);
    if (!Number.isFinite(number)) {
      skipped.push({ line, reason: `"${rawValue.slice(0, 40)}" is not a number` });
      continue;
    }
    const value = rawValue.endsWith('%') ? number / 100 : number;
    rows.push({
      line,
      kpi,
      value,
      note: noteCol >= 0 ? (record[noteCol] ?? '').trim().slice(0, 500) : '',
    });
  }
  return { rows, skipped };
}
