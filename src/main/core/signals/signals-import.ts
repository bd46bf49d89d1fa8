/**
 * Survey results and field-visit notes from CSV. The numeric import pipeline writes one value per
 * partner, measure and period; these are free-text rows, several per partner and period, so they
 * have an import of their own with the same checks: encoding and delimiter detected, headers in
 * any case with spaces or underscores, every row checked first and each refusal naming the file,
 * row and column, then all rows written in one transaction (or nothing), undoable per import.
 *
 * Survey: partner; period or date; csat and/or nps (or only a comment); respondent; comment.
 * Visit: partner; period or date; visitor; notes.
 */
import type { SignalImportResult, SignalKind } from '../../../shared/api/signals';
import { codeToIso } from '../import/values/date-code';
import { parseIso, parseMonthName, parseYyyymmdd } from '../import/values/parse-date';
import { parseNumber, prefersDecimalComma } from '../import/values/parse-number';
import { parsePeriodKey } from '../import/values/parse-period';
import { CsvTokenizer } from '../import/readers/csv-tokenizer';
import { bomLength, detectEncoding } from '../import/readers/detect-encoding';
import { sniffDelimiter } from '../import/readers/sniff';
import { periodForDate } from '../workspace/periods';
import { partnerSignals, signalImports } from '../workspace/schema';
import type { Workspace } from '../workspace/workspace';

const COLUMNS = {
  partner: ['partner', 'partner id', 'partner name', 'partner external id', 'reseller', 'account'],
  period: ['period', 'quarter', 'fiscal quarter'],
  date: ['date', 'response date', 'answered on', 'visit date', 'visited on', 'on'],
  csat: ['csat', 'satisfaction', 'csat score', 'customer satisfaction'],
  nps: ['nps', 'recommend', 'likelihood to recommend', 'nps score', 'nps answer'],
  respondent: ['respondent', 'contact', 'answered by', 'name'],
  comment: ['comment', 'comments', 'verbatim', 'feedback', 'remarks'],
  visitor: ['visitor', 'visited by', 'author', 'account manager', 'manager'],
  notes: ['notes', 'note', 'visit notes', 'summary', 'report'],
} as const;
type Column = keyof typeof COLUMNS;

const WANTED: Record<SignalKind, Column[]> = {
  survey: ['partner', 'period', 'date', 'csat', 'nps', 'respondent', 'comment'],
  visit: ['partner', 'period', 'date', 'visitor', 'notes'],
};

const TEXT_LIMIT = 32_767;

/** File bytes as text: the encoding detected as the importer does (BOM, UTF-16, UTF-8, else 1252). */
export function decodeSignalsFile(bytes: Buffer): string {
  let utf8Valid = true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    utf8Valid = false;
  }
  const encoding = detectEncoding(bytes, utf8Valid);
  return new TextDecoder(encoding).decode(bytes.subarray(bomLength(bytes, encoding)));
}

const norm = (s: string) =>
  s
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/[_\s-]+/g, ' ');

function parseDay(text: string): string | null {
  for (const parse of [parseIso, parseMonthName, parseYyyymmdd]) {
    const code = parse(text);
    if (code === code) return codeToIso(code);
  }
  return null;
}

interface PendingRow {
  partnerId: number;
  periodKey: string;
  onDate: string | null;
  who: string;
  csat: number | null;
  nps: number | null;
  text: string;
}

export function importSignals(
  ws: Workspace,
  input: {
    kind: SignalKind;
    fileName: string;
    csv: string;
    csatScale: 'auto' | '5' | '100';
    dryRun: boolean;
  },
): SignalImportResult {
  const { kind, fileName } = input;
  const errors: SignalImportResult['errors'] = [];
  const fail = (row: number, column: string, message: string) => {
    if (errors.length < 500) errors.push({ file: fileName, row, column, message });
  };
  const text = input.csv.replace(/^\ufeff/, '');
  const tokenizer = new CsvTokenizer(sniffDelimiter(text.slice(0, 10_000), fileName), '"');
  const rows: string[][] = [];
  const numbers: number[] = [];
  tokenizer.push(text, rows, numbers);
  tokenizer.finish(rows, numbers);
  const result = (imported: number, importId: number | null, csatScale: 5 | 100 | null) => ({
    fileName,
    kind,
    rows: rows.slice(1).filter((r) => r.some((c) => c.trim() !== '')).length,
    imported,
    importId,
    csatScale,
    errors,
  });
  if (tokenizer.unterminatedQuote)
    fail(numbers[numbers.length - 1] ?? 1, '', 'a quote is never closed (the last row is cut off)');
  const header = rows[0] ?? [];
  const index = new Map<Column, number>();
  header.forEach((h, i) => {
    const name = norm(h);
    for (const col of WANTED[kind]) {
      if (!index.has(col) && (COLUMNS[col] as readonly string[]).includes(name)) index.set(col, i);
    }
  });
  const found = header.join(', ') || 'nothing';
  if (!index.has('partner')) fail(1, 'partner', `the file has no partner column (found: ${found})`);
  if (!index.has('period') && !index.has('date'))
    fail(1, 'period', `the file has neither a period nor a date column (found: ${found})`);
  if (kind === 'survey' && !index.has('csat') && !index.has('nps') && !index.has('comment'))
    fail(1, 'csat', `a survey file needs a csat, nps or comment column (found: ${found})`);
  if (kind === 'visit' && !index.has('notes'))
    fail(1, 'notes', `a field-visit file needs a notes column (found: ${found})`);
  if (rows.length < 2) fail(1, '', 'the file has a header but no rows');
  if (errors.length) return result(0, null, null);

  const cell = (cells: string[], col: Column) => {
    const i = index.get(col);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const data = rows.slice(1).map((cells, k) => ({ cells, rowNo: numbers[k + 1]! }));
  const columnValues = (col: Column) => data.map((d) => cell(d.cells, col)).filter((v) => v !== '');
  const decimalComma = prefersDecimalComma([...columnValues('csat'), ...columnValues('nps')]);
  const fyStart = ws.getSetting('fiscalYearStartMonth', 1);

  // CSAT scale: given, or 5-point when every answer lies within 1–5.
  const csatNumbers = columnValues('csat')
    .map((v) => parseNumber(v, decimalComma))
    .filter((v) => v === v);
  const scale: 5 | 100 | null =
    kind !== 'survey' || csatNumbers.length === 0
      ? null
      : input.csatScale === '5'
        ? 5
        : input.csatScale === '100'
          ? 100
          : csatNumbers.every((v) => v >= 1 && v <= 5)
            ? 5
            : 100;

  const partnerIds = new Map<string, number | null>();
  const byRef = ws.sqlite.prepare(
    'SELECT id FROM partners WHERE external_id = ? OR name = ? ORDER BY external_id = ? DESC LIMIT 1',
  );
  const partnerOf = (ref: string) => {
    if (!partnerIds.has(ref)) {
      const row = byRef.get(ref, ref, ref) as { id: number } | undefined;
      partnerIds.set(ref, row?.id ?? null);
    }
    return partnerIds.get(ref)!;
  };

  const pending: PendingRow[] = [];
  for (const { cells, rowNo } of data) {
    if (cells.every((c) => c.trim() === '')) continue;
    const before = errors.length;
    for (const [col, i] of index) {
      if ((cells[i] ?? '').length > TEXT_LIMIT)
        fail(rowNo, col, `the value is longer than ${TEXT_LIMIT} characters`);
    }
    const ref = cell(cells, 'partner');
    const partnerId = ref ? partnerOf(ref) : null;
    if (!ref) fail(rowNo, 'partner', 'partner is empty');
    else if (partnerId === null)
      fail(rowNo, 'partner', `no partner "${ref}" (give its ID or exact name)`);

    const dateText = cell(cells, 'date');
    const onDate = dateText ? parseDay(dateText) : null;
    if (dateText && onDate === null)
      fail(rowNo, 'date', `"${dateText}" is not a date (write it as YYYY-MM-DD or 5 Mar 2026)`);
    const periodText = cell(cells, 'period');
    let periodKey: string | null = null;
    if (periodText) {
      const def = parsePeriodKey(periodText, fyStart);
      if (!def || def.grain === 'year')
        fail(rowNo, 'period', `"${periodText}" is not a quarter or month (e.g. 2026-Q2, 2026-05)`);
      else
        periodKey =
          def.grain === 'quarter' ? def.key : periodForDate(def.startDate, 'quarter', fyStart).key;
    } else if (onDate) {
      periodKey = periodForDate(onDate, 'quarter', fyStart).key;
    } else if (!dateText) {
      fail(rowNo, index.has('period') ? 'period' : 'date', 'neither a period nor a date is given');
    }

    let csat: number | null = null;
    let nps: number | null = null;
    let body = '';
    let who = '';
    if (kind === 'survey') {
      const c = cell(cells, 'csat');
      if (c) {
        const v = parseNumber(c, decimalComma);
        const [lo, hi] = scale === 5 ? [1, 5] : [0, 100];
        if (v !== v || v < lo || v > hi)
          fail(rowNo, 'csat', `"${c}" is not a CSAT answer on the ${lo}–${hi} scale`);
        else csat = v;
      }
      const n = cell(cells, 'nps');
      if (n) {
        const v = parseNumber(n, decimalComma);
        if (v !== v || v < 0 || v > 10 || !Number.isInteger(v))
          fail(
            rowNo,
            'nps',
            `"${n}" is not a 0–10 recommendation answer (NPS is computed from the answers)`,
          );
        else nps = v;
      }
      body = cell(cells, 'comment');
      who = cell(cells, 'respondent');
      if (!c && !n && !body) fail(rowNo, 'csat', 'the row has no CSAT, NPS or comment');
    } else {
      body = cell(cells, 'notes');
      who = cell(cells, 'visitor');
      if (!body) fail(rowNo, 'notes', 'the visit notes are empty');
    }
    if (errors.length > before || partnerId === null || periodKey === null) continue;
    pending.push({ partnerId, periodKey, onDate, who, csat, nps, text: body });
  }
  if (errors.length > 0 || input.dryRun) return result(0, null, scale);
  const importId = ws.sqlite.transaction(() => {
    const id = ws.db
      .insert(signalImports)
      .values({ kind, fileName, rows: pending.length, importedAt: new Date().toISOString() })
      .returning({ id: signalImports.id })
      .get().id;
    for (let i = 0; i < pending.length; i += 500) {
      ws.db
        .insert(partnerSignals)
        .values(
          pending.slice(i, i + 500).map((p) => ({
            ...p,
            importId: id,
            kind,
            csatScale: p.csat === null ? null : scale,
          })),
        )
        .run();
    }
    return id;
  })();
  return result(pending.length, importId, scale);
}
