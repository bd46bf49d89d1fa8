/** The end of a pre-aggregated table: periods from dates, partners resolved, cells out. */
import type { PartnerMatch } from '../../../../shared/api/import';
import { periodForDate, type PeriodDef } from '../../workspace/periods';
import { codeToIso } from '../values/date-code';
import type { FinishEnv } from './finish-transactions';
import { rawText } from './finish-transactions';
import type { KpiFile } from './kpi-file';

export interface KpiCell {
  target: 'value' | 'target';
  measure: string;
  period: PeriodDef;
  partner: number;
  value: number;
  row: number;
}

export interface KpiFinal {
  file: KpiFile;
  cells: KpiCell[];
  rejectedRows: Set<number>;
  minDate: number;
  maxDate: number;
}

export function finishKpi(file: KpiFile, env: FinishEnv, fyStart: number): KpiFinal {
  const { ctx } = file;
  const match: PartnerMatch = file.mapping.partnerMatch ?? 'externalId';
  const grain = file.mapping.grain ?? 'quarter';
  const dates = ctx.dateColumn(file.periodLabel);
  const partnerOfKey = file.keys.values.map((key) => env.partners.resolve(key, match, ''));
  const rows = file.rows.view();
  const rejectedRows = new Set<number>();
  const cells: KpiCell[] = [];
  let minDate = Infinity;
  let maxDate = -Infinity;
  const periodIdx = file.period.view();
  const periodRaw = file.periodDate.view();
  const partnerCodes = file.partner.view();
  const measureCodes = file.measure.view();
  const values = file.value.view();
  for (let i = 0; i < rows.length; i++) {
    const rowNo = rows[i]!;
    if (rejectedRows.has(rowNo)) continue;
    let period: PeriodDef;
    if (periodIdx[i]! >= 0) {
      period = file.periods[periodIdx[i]!]!;
    } else {
      const code = dates.finalCode(periodRaw[i]!);
      if (code !== code || code < env.dateFrom || code > env.dateTo) {
        const text = rawText(periodRaw[i]!);
        env.issues.error(
          code !== code ? 'invalid-date' : 'date-out-of-range',
          ctx.fileName,
          rowNo,
          file.periodLabel,
          text,
          code !== code
            ? `${text} is not a real date in the column's day/month order`
            : `${text} is outside ${codeToIso(env.dateFrom)} … ${codeToIso(env.dateTo)}`,
        );
        rejectedRows.add(rowNo);
        continue;
      }
      minDate = Math.min(minDate, code);
      maxDate = Math.max(maxDate, code);
      period = periodForDate(codeToIso(code), grain, fyStart);
    }
    const key = file.keys.values[partnerCodes[i]!]!;
    const partner = partnerOfKey[partnerCodes[i]!]!;
    const firstOfRow = i === 0 || rows[i - 1] !== rowNo;
    if (firstOfRow && (partner < 0 || env.partners.source[partner] === 'created')) {
      env.partners.countUnknownRows(key, match);
    }
    if (partner < 0) {
      env.issues.error(
        'unknown-partner',
        ctx.fileName,
        rowNo,
        file.partnerLabel,
        key,
        `partner "${key}" is neither in the workspace nor in a partner file of this import`,
      );
      rejectedRows.add(rowNo);
      continue;
    }
    cells.push({
      target: file.target,
      measure: file.measures.values[measureCodes[i]!]!,
      period,
      partner,
      value: values[i]!,
      row: rowNo,
    });
  }
  return {
    file,
    cells: cells.filter((c) => !rejectedRows.has(c.row)),
    rejectedRows,
    minDate,
    maxDate,
  };
}
