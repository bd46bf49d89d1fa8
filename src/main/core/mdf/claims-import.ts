/**
 * Claims from a CSV file: one row per claim with the columns plan, partner, reference, amount
 * and optionally status, proof_ref, activity, date, pipeline_sourced, revenue_attributed, note
 * (headers in any case, spaces or underscores). Every row is checked first; a wrong row is
 * reported with the file, row and column, and then nothing is written (one transaction).
 */
import type { MdfClaimImportResult, MdfClaimStatus } from '../../../shared/api/mdf';
import { MDF_CLAIM_STATUSES } from '../../../shared/api/mdf';
import { CsvTokenizer } from '../import/readers/csv-tokenizer';
import { bomLength, detectEncoding } from '../import/readers/detect-encoding';
import { sniffDelimiter } from '../import/readers/sniff';
import type { Workspace } from '../workspace/workspace';
import { checkNewClaim, insertClaim, resolvePartnerId, type NewClaim } from './claim-store';
import { parseAmount } from './money';

const COLUMNS = {
  plan: ['plan', 'plan name', 'plan id', 'mdf plan'],
  partner: ['partner', 'partner id', 'partner name', 'partner external id'],
  reference: ['reference', 'claim', 'claim id', 'claim reference', 'ref'],
  amount: ['amount', 'claim amount', 'amount claimed'],
  status: ['status', 'state'],
  proof_ref: ['proof ref', 'proof', 'proof reference', 'invoice'],
  activity: ['activity', 'campaign', 'description'],
  date: ['date', 'on', 'claimed on', 'updated on'],
  pipeline_sourced: ['pipeline sourced', 'sourced pipeline', 'pipeline'],
  revenue_attributed: ['revenue attributed', 'attributed revenue', 'mdf revenue', 'revenue'],
  note: ['note', 'notes', 'comment'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['plan', 'partner', 'reference', 'amount'];

/** File bytes as text: the encoding detected as the importer does (BOM, UTF-16, UTF-8, else 1252). */
export function decodeClaimsFile(bytes: Buffer): string {
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

export function importClaims(
  ws: Workspace,
  fileName: string,
  csv: string,
  dryRun = false,
): MdfClaimImportResult {
  const errors: MdfClaimImportResult['errors'] = [];
  const fail = (row: number, column: string, message: string) =>
    errors.push({ file: fileName, row, column, message });
  const text = csv.replace(/^\ufeff/, '');
  const tokenizer = new CsvTokenizer(sniffDelimiter(text.slice(0, 10_000), fileName), '"');
  const rows: string[][] = [];
  const numbers: number[] = [];
  tokenizer.push(text, rows, numbers);
  tokenizer.finish(rows, numbers);
  if (tokenizer.unterminatedQuote)
    fail(numbers[numbers.length - 1] ?? 1, '', 'a quote is never closed');
  const header = rows[0] ?? [];
  const index = new Map<Column, number>();
  header.forEach((h, i) => {
    const name = norm(h);
    for (const [col, aliases] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      if (!index.has(col) && (aliases as readonly string[]).includes(name)) index.set(col, i);
    }
  });
  for (const col of REQUIRED) {
    if (!index.has(col))
      fail(1, col, `the file has no "${col}" column (found: ${header.join(', ') || 'nothing'})`);
  }
  if (errors.length) return { fileName, rows: Math.max(0, rows.length - 1), imported: 0, errors };

  const planIds = new Map<string, number | null>();
  const planOf = (ref: string): number | null => {
    if (!planIds.has(ref)) {
      const row = ws.sqlite
        .prepare(
          'SELECT id FROM mdf_plans WHERE name = ? OR CAST(id AS TEXT) = ? ORDER BY name = ? DESC LIMIT 1',
        )
        .get(ref, ref, ref) as { id: number } | undefined;
      planIds.set(ref, row?.id ?? null);
    }
    return planIds.get(ref)!;
  };
  const pending: { claim: NewClaim; partnerId: number }[] = [];
  const held = new Map<string, number>();
  const seenRefs = new Set<string>();
  for (let k = 1; k < rows.length; k++) {
    const cells = rows[k]!;
    const rowNo = numbers[k]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const get = (col: Column) => {
      const i = index.get(col);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const before = errors.length;
    for (const col of REQUIRED) if (!get(col)) fail(rowNo, col, `${col} is empty`);
    const amount = get('amount') ? parseAmount(get('amount')) : null;
    if (get('amount') && (amount === null || amount <= 0))
      fail(rowNo, 'amount', `"${get('amount')}" is not an amount above zero`);
    const statusText = get('status').toLowerCase() || 'planned';
    if (!(MDF_CLAIM_STATUSES as readonly string[]).includes(statusText))
      fail(
        rowNo,
        'status',
        `"${get('status')}" is not a status (${MDF_CLAIM_STATUSES.join(', ')})`,
      );
    const date = get('date');
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date))
      fail(rowNo, 'date', `"${date}" is not a date as YYYY-MM-DD`);
    const money = (col: Column) => {
      const raw = get(col);
      if (!raw) return 0;
      const v = parseAmount(raw);
      if (v === null) fail(rowNo, col, `"${raw}" is not an amount`);
      return v ?? 0;
    };
    const pipeline = money('pipeline_sourced');
    const revenue = money('revenue_attributed');
    const planId = get('plan') ? planOf(get('plan')) : null;
    if (get('plan') && planId === null) fail(rowNo, 'plan', `no MDF plan "${get('plan')}"`);
    const reference = get('reference');
    if (reference && seenRefs.has(reference))
      fail(rowNo, 'reference', `"${reference}" appears twice in the file`);
    seenRefs.add(reference);
    if (errors.length > before || planId === null || amount === null) continue;
    const claim: NewClaim = {
      planId,
      partner: get('partner'),
      reference,
      activity: get('activity'),
      amountCents: amount,
      status: statusText as MdfClaimStatus,
      proofRef: get('proof_ref') || null,
      note: get('note'),
      pipelineSourcedCents: pipeline,
      revenueAttributedCents: revenue,
      on: date || undefined,
    };
    let who: number | string = claim.partner;
    try {
      who = resolvePartnerId(ws, claim.partner);
    } catch {
      // reported by checkNewClaim below
    }
    const key = `${planId}|${who}`;
    const checked = checkNewClaim(
      ws,
      claim,
      claim.status === 'rejected' ? 0 : (held.get(key) ?? 0),
    );
    if ('message' in checked) {
      fail(rowNo, checked.column, checked.message);
      continue;
    }
    if (claim.status !== 'rejected') held.set(key, (held.get(key) ?? 0) + amount);
    pending.push({ claim, partnerId: checked.partnerId });
  }
  const result = { fileName, rows: numbers.length - 1, imported: 0, errors };
  if (errors.length || dryRun) return result;
  ws.sqlite.transaction(() => {
    for (const p of pending) insertClaim(ws, p.claim, p.partnerId);
  })();
  return { ...result, imported: pending.length };
}
