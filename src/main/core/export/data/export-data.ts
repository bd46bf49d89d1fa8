/** `export.data`: the scores or KPI table of a period, for every partner or a filter. */
import type { BatchFilter } from '../../../../shared/api/export';
import type { Workspace } from '../../workspace/workspace';
import { safeFileStem } from '../files/safe-file-name';
import { scoredPeriod } from '../scorecard/scored-period';
import { selectPartners } from '../select-partners';
import { kpiRows } from './kpi-rows';
import { periodScores, scoreRows } from './score-rows';
import { tableArrow, tableCsv, tableXlsx } from './write-table';

export interface DataExportRequest {
  table: 'scores' | 'kpis';
  format: 'csv' | 'xlsx' | 'arrow';
  period?: string;
  methodologyId?: number;
  version?: number;
  filter?: BatchFilter;
}

const MIME = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  arrow: 'application/vnd.apache.arrow.file',
};

export async function exportData(ws: Workspace, request: DataExportRequest) {
  const s = scoredPeriod(ws, request);
  const table = periodScores(s, request.table === 'kpis' ? 'full' : 'values');
  const chosen = request.filter
    ? new Set(selectPartners(ws.sqlite, request.filter).map((p) => p.id))
    : null;
  const rows = table.partnerId
    .map((_, i) => i)
    .filter((i) => !chosen || chosen.has(table.partnerId[i]!));
  const managers = new Map(
    (
      ws.sqlite.prepare('SELECT id, account_manager AS m FROM partners').all() as {
        id: number;
        m: string | null;
      }[]
    ).map((r) => [r.id, r.m]),
  );
  const data =
    request.table === 'kpis' ? kpiRows(s, table, rows) : scoreRows(s, table, rows, managers);
  const bytes =
    request.format === 'csv'
      ? tableCsv(data)
      : request.format === 'xlsx'
        ? await tableXlsx(data)
        : tableArrow(data);
  const period = s.dataset.periods[s.t]!.key;
  return {
    fileName: `${safeFileStem(`partnerscope-${request.table}-${period}`)}.${request.format}`,
    ext: request.format,
    mime: MIME[request.format],
    bytes,
    count: data.rows,
  };
}
