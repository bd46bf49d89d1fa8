/** Partner master data: one partner per row, keyed by its external id. */
import type { FileMapping, PartnerFields, ValueExpr } from '../../../../shared/api/import';
import { compileText, exprLabel, type TextGetter } from '../mapping/compile-expr';
import { normaliseName } from '../mapping/columns';
import { codeToIso } from '../values/date-code';
import type { RowBatch } from '../readers/types';
import type { FileContext } from './file-context';

type PartnersMapping = Extract<FileMapping, { kind: 'partners' }>;
type Attr = string | number | boolean | null;

export interface PartnerRecord {
  externalId: string;
  name: string;
  /** False when the file gave no name (the id stands in; a stored name is kept). */
  nameGiven: boolean;
  type: string | null;
  tier: string | null;
  region: string | null;
  country: string | null;
  parent: string | null;
  accountManager: string | null;
  /** Null when the file says nothing (a stored partner keeps its status; a new one is active). */
  status: string | null;
  /** A raw date code until `finish` resolves it to ISO. */
  onboardedRaw: number;
  onboardedOn: string | null;
  attributes: Record<string, Attr>;
  fileIdx: number;
  row: number;
}

const OPTIONAL = [
  'type',
  'tier',
  'region',
  'country',
  'parent',
  'accountManager',
  'status',
] as const;

const ACTIVE = new Set(['active', 'a', 'yes', 'y', '1', 'true', 'current']);
const INACTIVE = new Set([
  'inactive',
  'i',
  'no',
  'n',
  '0',
  'false',
  'terminated',
  'churned',
  'closed',
  'suspended',
]);

export function normaliseStatus(text: string): string {
  const t = text.trim().toLowerCase();
  if (t === '' || ACTIVE.has(t)) return 'active';
  if (INACTIVE.has(t)) return 'inactive';
  return t;
}

/** Attribute values: plain decimal numbers become numbers (not `007`-style codes). */
export function attributeValue(text: string): Attr {
  if (/^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/** `Annual Sales` → `annual_sales`. */
export function attributeKey(column: string): string {
  return (
    column
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || 'column'
  );
}

function directColumns(fields: PartnerFields, attributes: Record<string, ValueExpr>): Set<string> {
  const used = new Set<string>();
  const exprs: (ValueExpr | undefined)[] = [...Object.values(fields), ...Object.values(attributes)];
  for (const expr of exprs) {
    if (typeof expr === 'string') used.add(normaliseName(expr));
    else if (expr && typeof expr === 'object' && 'column' in expr && !('lookup' in expr)) {
      used.add(normaliseName(expr.column));
    }
  }
  return used;
}

export class PartnerFile {
  readonly records: PartnerRecord[] = [];
  rowsRead = 0;
  rowsRejected = 0;
  private readonly seen = new Map<string, number>();
  private readonly externalId: TextGetter;
  private readonly name: TextGetter | null;
  private readonly optional: [(typeof OPTIONAL)[number], TextGetter][];
  private readonly onboarded: TextGetter | null;
  private readonly attributes: [string, TextGetter][];
  private readonly labels: Record<string, string>;

  constructor(
    readonly ctx: FileContext,
    readonly mapping: PartnersMapping,
  ) {
    const f = mapping.fields;
    this.externalId = compileText(f.externalId, ctx);
    this.name = f.name ? compileText(f.name, ctx) : null;
    this.optional = OPTIONAL.filter((k) => f[k] !== undefined).map((k) => [
      k,
      compileText(f[k]!, ctx),
    ]);
    this.onboarded = f.onboardedOn ? compileText(f.onboardedOn, ctx) : null;
    const explicit = mapping.attributes ?? {};
    this.attributes = Object.entries(explicit).map(([k, e]) => [k, compileText(e, ctx)]);
    if (mapping.extraColumnsAsAttributes !== false) {
      const used = directColumns(f, explicit);
      ctx.columns.forEach((column, i) => {
        if (used.has(normaliseName(column))) return;
        const key = attributeKey(column);
        if (this.attributes.some(([k]) => k === key)) return;
        this.attributes.push([key, (row) => (row[i] ?? '').trim()]);
      });
    }
    this.labels = Object.fromEntries(Object.entries(f).map(([k, e]) => [k, exprLabel(e!)]));
  }

  process(batch: RowBatch): void {
    const { ctx } = this;
    for (let r = 0; r < batch.rows.length; r++) {
      const row = batch.rows[r]!;
      const rowNo = batch.rowNumbers[r]!;
      this.rowsRead++;
      const externalId = this.externalId(row);
      if (externalId === '') {
        this.reject('missing', rowNo, this.labels.externalId!, '', 'the partner id is empty');
        continue;
      }
      const first = this.seen.get(externalId);
      if (first !== undefined) {
        this.reject(
          'duplicate',
          rowNo,
          this.labels.externalId!,
          externalId,
          `partner id ${externalId} already appeared in row ${first}`,
        );
        continue;
      }
      this.seen.set(externalId, rowNo);
      let name = this.name ? this.name(row) : '';
      const nameGiven = name !== '';
      if (name === '') {
        if (this.name)
          ctx.issues.warning(
            'missing',
            ctx.fileName,
            rowNo,
            this.labels.name!,
            '',
            `no name; the partner id ${externalId} is used as its name`,
          );
        name = externalId;
      }
      const rec: PartnerRecord = {
        externalId,
        name,
        nameGiven,
        type: null,
        tier: null,
        region: null,
        country: null,
        parent: null,
        accountManager: null,
        status: null,
        onboardedRaw: NaN,
        onboardedOn: null,
        attributes: {},
        fileIdx: ctx.fileIdx,
        row: rowNo,
      };
      for (const [key, get] of this.optional) {
        const v = get(row);
        if (v === '') continue;
        if (key === 'status') rec.status = normaliseStatus(v);
        else rec[key] = v;
      }
      if (this.onboarded) {
        const text = this.onboarded(row);
        if (text !== '') {
          rec.onboardedRaw = ctx.dateColumn(this.labels.onboardedOn!).parse(text);
          if (rec.onboardedRaw !== rec.onboardedRaw) {
            ctx.issues.warning(
              'invalid-date',
              ctx.fileName,
              rowNo,
              this.labels.onboardedOn!,
              text,
              `"${text}" is not a date; the onboarding date is left empty`,
            );
          }
        }
      }
      for (const [key, get] of this.attributes) {
        const v = get(row);
        if (v !== '') rec.attributes[key] = attributeValue(v);
      }
      this.records.push(rec);
    }
  }

  /** Resolves onboarding dates once the file's date formats are known. */
  finish(): void {
    if (!this.onboarded) return;
    const label = this.labels.onboardedOn!;
    const dates = this.ctx.dateColumn(label);
    for (const rec of this.records) {
      const code = dates.finalCode(rec.onboardedRaw);
      if (code === code) rec.onboardedOn = codeToIso(code);
      else if (rec.onboardedRaw < 0) {
        this.ctx.issues.warning(
          'invalid-date',
          this.ctx.fileName,
          rec.row,
          label,
          '',
          "not a real date in the column's day/month order; the onboarding date is left empty",
        );
      }
    }
  }

  private reject(
    code: 'missing' | 'duplicate',
    row: number,
    column: string,
    value: string,
    message: string,
  ) {
    this.rowsRejected++;
    this.ctx.issues.error(code, this.ctx.fileName, row, column, value, message);
  }
}
