/**
 * Pre-aggregated tables: wide (partner, period, one column per measure) and long (partner,
 * period, measure, value), for values or for targets. Each cell is taken as given.
 */
import type { FileMapping } from '../../../../shared/api/import';
import type { PeriodDef } from '../../workspace/periods';
import {
  compileNumber,
  compileText,
  exprLabel,
  type NumberGetter,
  type Row,
  type TextGetter,
} from '../mapping/compile-expr';
import type { RowBatch } from '../readers/types';
import { parsePeriodKey } from '../values/parse-period';
import { F64Column, I32Column, Interner } from './columns-store';
import type { FileContext } from './file-context';
import type { MeasureCatalog } from './measure-catalog';

type KpiMapping = Extract<
  FileMapping,
  { kind: 'kpi-wide' | 'kpi-long' | 'targets-wide' | 'targets-long' }
>;

interface WideColumn {
  measure: string;
  label: string;
  number: NumberGetter;
  text: TextGetter;
  min?: number;
  max?: number;
}

export class KpiFile {
  rowsRead = 0;
  rowsRejected = 0;
  readonly target: 'value' | 'target';
  readonly rows = new I32Column();
  readonly partner = new I32Column();
  /** Index into `periods`, or -1 when the period was a date (then `periodDate` holds it). */
  readonly period = new I32Column();
  readonly periodDate = new F64Column();
  readonly measure = new I32Column();
  readonly value = new F64Column();
  readonly keys = new Interner();
  readonly periods: PeriodDef[] = [];
  readonly measures = new Interner();
  readonly periodLabel: string;
  readonly partnerLabel: string;
  private readonly periodIndex = new Map<string, number>();
  private readonly partnerKey: TextGetter;
  private readonly periodText: TextGetter;
  private readonly wide: WideColumn[] | null;
  private readonly longMeasure: TextGetter | null;
  private readonly longValue: NumberGetter | null;
  private readonly longValueText: TextGetter | null;
  private readonly longLabels: { measure: string; value: string } | null;

  constructor(
    readonly ctx: FileContext,
    readonly mapping: KpiMapping,
    private readonly catalog: MeasureCatalog,
    private readonly fyStart: number,
  ) {
    this.target = mapping.kind.startsWith('targets') ? 'target' : 'value';
    this.partnerKey = compileText(mapping.partner, ctx);
    this.partnerLabel = exprLabel(mapping.partner);
    this.periodText = compileText(mapping.period, ctx);
    this.periodLabel = exprLabel(mapping.period);
    ctx.dateColumn(this.periodLabel);
    if (mapping.kind === 'kpi-wide' || mapping.kind === 'targets-wide') {
      this.wide = mapping.measures.map((m) => ({
        measure: catalog.require(m.measure).key,
        label: exprLabel(m.value),
        number: compileNumber(m.value, ctx),
        text: compileText(m.value, ctx),
        min: m.min,
        max: m.max,
      }));
      this.longMeasure = this.longValue = this.longValueText = this.longLabels = null;
    } else {
      const long = mapping as Extract<KpiMapping, { kind: 'kpi-long' | 'targets-long' }>;
      this.wide = null;
      this.longMeasure = compileText(long.measure, ctx);
      this.longValue = compileNumber(long.value, ctx);
      this.longValueText = compileText(long.value, ctx);
      this.longLabels = { measure: exprLabel(long.measure), value: exprLabel(long.value) };
    }
  }

  private reject(
    code: Parameters<FileContext['issues']['error']>[0],
    row: number,
    column: string,
    value: string,
    message: string,
  ) {
    this.rowsRejected++;
    this.ctx.issues.error(code, this.ctx.fileName, row, column, value, message);
  }

  process(batch: RowBatch): void {
    for (let r = 0; r < batch.rows.length; r++)
      this.processRow(batch.rows[r]!, batch.rowNumbers[r]!);
  }

  private processRow(row: Row, rowNo: number): void {
    this.rowsRead++;
    const key = this.partnerKey(row);
    if (key === '') return this.reject('missing', rowNo, this.partnerLabel, '', 'no partner');
    const periodText = this.periodText(row);
    if (periodText === '') return this.reject('missing', rowNo, this.periodLabel, '', 'no period');
    let periodIdx = -1;
    let periodDate = NaN;
    const def = parsePeriodKey(periodText, this.fyStart);
    if (def) {
      periodIdx = this.periodIndex.get(def.key) ?? -1;
      if (periodIdx < 0) {
        periodIdx = this.periods.length;
        this.periods.push(def);
        this.periodIndex.set(def.key, periodIdx);
      }
    } else {
      periodDate = this.ctx.dateColumn(this.periodLabel).parse(periodText);
      if (periodDate !== periodDate) {
        return this.reject(
          'invalid-period',
          rowNo,
          this.periodLabel,
          periodText,
          `"${periodText}" is neither a period (2025-Q1, 2025-03, FY2025) nor a date`,
        );
      }
    }
    const cells: [string, number][] = [];
    if (this.wide) {
      for (const w of this.wide) {
        const v = w.number(row);
        if (v !== v) {
          const text = w.text(row);
          if (text === '') continue;
          return this.reject('invalid-number', rowNo, w.label, text, `"${text}" is not a number`);
        }
        if ((w.min !== undefined && v < w.min) || (w.max !== undefined && v > w.max)) {
          return this.reject(
            'out-of-range',
            rowNo,
            w.label,
            String(v),
            `${v} is outside ${w.min ?? '−∞'}…${w.max ?? '∞'} for ${w.measure}`,
          );
        }
        if (v < 0 && w.min === undefined) {
          this.ctx.issues.warning(
            'negative',
            this.ctx.fileName,
            rowNo,
            w.label,
            String(v),
            `negative ${w.measure}`,
          );
        }
        cells.push([w.measure, v]);
      }
    } else {
      const name = this.longMeasure!(row);
      const mapping = this.mapping as Extract<KpiMapping, { kind: 'kpi-long' | 'targets-long' }>;
      const measure = name === '' ? null : this.catalog.resolveName(name, mapping.measureNames);
      if (!measure) {
        return this.reject(
          'unknown-measure',
          rowNo,
          this.longLabels!.measure,
          name,
          name === ''
            ? 'no measure'
            : `"${name}" is not a known measure; add it to measureNames or define it under "measures"`,
        );
      }
      const v = this.longValue!(row);
      if (v !== v) {
        const text = this.longValueText!(row);
        return this.reject(
          text === '' ? 'missing' : 'invalid-number',
          rowNo,
          this.longLabels!.value,
          text,
          text === '' ? 'no value' : `"${text}" is not a number`,
        );
      }
      if (v < 0)
        this.ctx.issues.warning(
          'negative',
          this.ctx.fileName,
          rowNo,
          this.longLabels!.value,
          String(v),
          `negative ${measure}`,
        );
      cells.push([measure, v]);
    }
    const partner = this.keys.code(key);
    for (const [measure, v] of cells) {
      this.rows.push(rowNo);
      this.partner.push(partner);
      this.period.push(periodIdx);
      this.periodDate.push(periodDate);
      this.measure.push(this.measures.code(measure));
      this.value.push(v);
    }
  }
}
