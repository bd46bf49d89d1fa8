import { Badge, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { BenchmarkTable, DistributionStats } from '../../../../shared/api';
import { DataTable } from '../../components/data-table/DataTable';
import { TableCard } from '../../components/TableCard';
import { formatFigure } from './figure-format';
import { NO_SHRINK } from '../risks/severity';

interface Row {
  label: string;
  partners: number;
  stats: DistributionStats | null;
}

/** The numbers behind the box plots, one row per group, the whole channel last. */
export function GroupStatsTable({
  table,
  kpiIndex,
  currency,
}: {
  table: BenchmarkTable;
  kpiIndex: number;
  currency: string;
}) {
  const kpi = table.kpis[kpiIndex]!;
  const k = table.minGroupSize;
  const columns = useMemo(() => {
    const column = createColumnHelper<Row>();
    const fig = (key: keyof DistributionStats, header: string) =>
      column.accessor((r) => r.stats?.[key] ?? null, {
        id: key,
        header,
        cell: (c) =>
          formatFigure(c.getValue(), kpi.unit, currency, { aggregate: true, mean: key === 'mean' }),
        meta: { numeric: true },
      });
    return [
      column.accessor('label', {
        header: 'Group',
        cell: (c) => (
          <Text span size="sm">
            {c.getValue()}{' '}
            {(c.row.original.stats?.count ?? 0) < k && c.row.original.label !== 'All partners' && (
              <Badge
                style={NO_SHRINK}
                size="xs"
                variant="light"
                color="gray"
                title={`Fewer than ${k} partners with a figure`}
              >
                below k
              </Badge>
            )}
          </Text>
        ),
      }),
      column.accessor('partners', { header: 'Partners', meta: { numeric: true } }),
      column.accessor((r) => r.stats?.count ?? 0, {
        id: 'count',
        header: 'With figure',
        meta: { numeric: true },
      }),
      fig('min', 'Min'),
      fig('p25', 'P25'),
      fig('median', 'Median'),
      fig('p75', 'P75'),
      fig('p90', 'P90'),
      fig('max', 'Max'),
      fig('mean', 'Mean'),
    ];
  }, [kpi.unit, currency, k]);
  const rows: Row[] = [
    ...table.groups.map((g, i) => ({
      label: g.label,
      partners: g.partners,
      stats: table.stats[kpiIndex]![i] ?? null,
    })),
    ...(table.groups.length > 1
      ? [
          {
            label: 'All partners',
            partners: table.groups.reduce((s, g) => s + g.partners, 0),
            stats: table.overall[kpiIndex] ?? null,
          },
        ]
      : []),
  ];
  return (
    <TableCard
      title={`${kpi.name} per group`}
      note={`${table.period.label} · internal: min and max are single partners’ figures`}
    >
      <DataTable
        label="Group statistics"
        data={rows}
        columns={columns}
        emptyText="No groups."
        maxHeight={480}
      />
    </TableCard>
  );
}
