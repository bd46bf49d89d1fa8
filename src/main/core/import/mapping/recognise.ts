/**
 * Recognises what each column of a file holds, from its header (synonyms) and, failing that,
 * from its values (dates, numbers, deal stages, tiers, period keys, country codes).
 */
import type { ColumnRole, RecognisedColumn } from '../../../../shared/api/import';
import { parsePeriodKey } from '../values/parse-period';
import { columnType } from '../values/value-type';
import { MEASURE_HEADERS, SYNONYMS, phrase } from './synonyms';

const DISTINCTIVE = new Set([
  'partner',
  'reseller',
  'revenue',
  'region',
  'territory',
  'country',
  'tier',
  'quota',
  'target',
  'stage',
  'quantity',
  'qty',
  'cost',
  'account',
  'distributor',
  'customer',
  'invoice',
  'opportunity',
  'amount',
]);
/** Exact matches of these very generic headers are less certain. */
const GENERIC = new Set([
  'id',
  'name',
  'value',
  'date',
  'amount',
  'total',
  'status',
  'type',
  'year',
  'created',
]);

const STAGE_WORDS = new Set([
  'won',
  'lost',
  'closed won',
  'closed lost',
  'open',
  'approved',
  'rejected',
  'submitted',
  'pending',
  'engaging',
  'prospecting',
  'qualified',
]);
const TIER_WORDS = new Set([
  'platinum',
  'gold',
  'silver',
  'bronze',
  'registered',
  'elite',
  'premier',
  'select',
  'authorized',
  'authorised',
  'advanced',
  'expert',
]);

interface Candidate {
  column: number;
  role: ColumnRole;
  measure?: string;
  score: number;
  why: string;
}

function headerCandidates(header: string, column: number): Candidate[] {
  const ph = phrase(header);
  const words = ` ${ph} `;
  const out: Candidate[] = [];
  const measure = MEASURE_HEADERS[ph];
  if (measure)
    out.push({
      column,
      role: 'measure',
      measure,
      score: 0.85,
      why: `header "${header}" names the measure ${measure}`,
    });
  for (const [role, list] of Object.entries(SYNONYMS) as [
    Exclude<ColumnRole, 'measure'>,
    string[],
  ][]) {
    let best = 0;
    let why = '';
    for (const syn of list) {
      if (ph === syn || ph.replace(/ /g, '') === syn.replace(/ /g, '')) {
        const score = GENERIC.has(syn) ? 0.8 : 1;
        if (score > best) [best, why] = [score, `header "${header}" is a synonym of ${role}`];
      } else if ((syn.includes(' ') || DISTINCTIVE.has(syn)) && words.includes(` ${syn} `)) {
        const score = 0.5 + Math.min(0.2, syn.length / 100);
        if (score > best) [best, why] = [score, `header "${header}" contains "${syn}"`];
      }
    }
    if (best > 0) out.push({ column, role, score: best, why });
  }
  return out;
}

function valueCandidates(values: string[], column: number): Candidate[] {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return [];
  const lower = filled.map((v) => v.toLowerCase());
  const share = (test: (v: string) => boolean) => lower.filter(test).length / lower.length;
  const type = columnType(filled);
  const out: Candidate[] = [];
  if (share((v) => STAGE_WORDS.has(v)) > 0.8)
    out.push({ column, role: 'stage', score: 0.6, why: 'values look like deal stages' });
  if (share((v) => TIER_WORDS.has(v)) > 0.8)
    out.push({ column, role: 'tier', score: 0.6, why: 'values look like partner tiers' });
  if (share((v) => parsePeriodKey(v, 1) !== null && !/^\d{4}$/.test(v)) > 0.8)
    out.push({ column, role: 'period', score: 0.7, why: 'values look like periods (2025-Q1…)' });
  if (share((v) => /^[a-z]{2}$/.test(v)) > 0.9 && filled.every((v) => v === v.toUpperCase()))
    out.push({ column, role: 'country', score: 0.5, why: 'values look like country codes' });
  if (type === 'date') out.push({ column, role: 'date', score: 0.45, why: 'values are dates' });
  if (type === 'number')
    out.push({ column, role: 'amount', score: 0.3, why: 'values are numbers' });
  return out;
}

const SINGLE = new Set<ColumnRole>(Object.keys(SYNONYMS) as ColumnRole[]);

export function recogniseColumns(
  columns: string[],
  rows: string[][],
  headerless: boolean,
): RecognisedColumn[] {
  const candidates: Candidate[] = [];
  columns.forEach((header, c) => {
    if (!headerless) candidates.push(...headerCandidates(header, c));
    candidates.push(
      ...valueCandidates(
        rows.map((r) => r[c] ?? ''),
        c,
      ),
    );
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const byColumn = new Map<number, Candidate>();
  const taken = new Set<ColumnRole>();
  for (const cand of candidates) {
    if (byColumn.has(cand.column)) continue;
    if (SINGLE.has(cand.role) && taken.has(cand.role)) continue;
    byColumn.set(cand.column, cand);
    if (cand.role !== 'measure') taken.add(cand.role);
  }
  return columns.map((column, c) => {
    const cand = byColumn.get(c);
    const values = rows.map((r) => r[c] ?? '');
    const valueType = columnType(values);
    if (!cand) return { column, role: null, confidence: 0, why: 'not recognised', valueType };
    const base = {
      column,
      role: cand.role,
      confidence: Number(cand.score.toFixed(2)),
      why: cand.why,
      valueType,
    };
    return cand.measure ? { ...base, measure: cand.measure } : base;
  });
}
