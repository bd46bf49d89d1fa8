/** The current view (visible columns, sorted and filtered rows) as export cells. */
import type { PortfolioTable } from '../../../../shared/api';
import { api } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import type { PortfolioColumn } from './column-catalog';

export async function exportView(
  format: 'csv' | 'xlsx',
  d: PortfolioTable,
  columns: PortfolioColumn[],
  rows: number[],
): Promise<number> {
  const exported = columns.filter((c) => !c.visualOnly);
  const withId = exported.some((c) => c.id === 'externalId')
    ? exported
    : [
        exported[0]!,
        {
          ...exported[0]!,
          id: 'externalId',
          label: 'Partner ID',
          kind: 'text' as const,
          value: (i: number) => d.externalId[i],
        },
        ...exported.slice(1),
      ];
  const result = await api.call('views.export', {
    format,
    name: `Portfolio ${d.period.key} ${d.methodology.name} version ${d.methodology.version ?? 'draft'}`,
    currency: d.currency,
    columns: withId.map((c) => ({ label: c.label, kind: c.kind })),
    rows: rows.map((i) => withId.map((c) => c.value(i) ?? null)),
  });
  downloadBase64(result.fileName, result.mime, result.base64);
  return result.rows;
}
