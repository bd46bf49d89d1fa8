import { Anchor, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { BenchmarkTable } from '../../../../shared/api';
import { DataTable } from '../../components/data-table/DataTable';
import { TableCard } from '../../components/TableCard';
import type { Selection } from '../../stores/selection-store';
import { partnerHref } from '../portfolio/partner-href';
import { formatFigure, formatPercentile } from './figure-format';
import { leagueRows, type LeagueRow } from './league-rows';

const SHOWN = 250;

interface LeagueTableProps {
  table: BenchmarkTable;
  kpiIndex: number;
  currency: string;
  selection: Selection;
  partner: string | null;
}

/** Internal league table: who leads on the KPI, and where each stands in its own group. */
export function LeagueTable({ table, kpiIndex, currency, selection, partner }: LeagueTableProps) {
  const kpi = table.kpis[kpiIndex]!;
  const all = useMemo(() => leagueRows(table, kpiIndex), [table, kpiIndex]);
  const rows = useMemo(() => {
    const top = all.slice(0, SHOWN);
    const chosen = all.find((r) => r.externalId === partner);
    return chosen && !top.includes(chosen) ? [...top, chosen] : top;
  }, [all, partner]);
  const columns = useMemo(() => {
    const column = createColumnHelper<LeagueRow>();
    return [
      column.accessor('rank', {
        header: 'Rank',
        cell: (c) => c.getValue() ?? '—',
        meta: { numeric: true },
      }),
      column.accessor('name', {
        header: 'Partner',
        cell: (c) => (
          <Anchor
            component={Link}
            to={partnerHref(c.row.original.externalId, selection)}
            size="sm"
            fw={c.row.original.externalId === partner ? 700 : undefined}
          >
            {c.getValue()}
          </Anchor>
        ),
      }),
      column.accessor('externalId', { header: 'Id', meta: { nowrap: true } }),
      column.accessor('group', { header: 'Group' }),
      column.accessor('value', {
        header: kpi.name,
        cell: (c) => formatFigure(c.getValue(), kpi.unit, currency),
        meta: { numeric: true },
      }),
      column.accessor('percentile', {
        header: 'Percentile in group',
        cell: (c) => formatPercentile(c.getValue()),
        meta: { numeric: true },
      }),
      column.accessor('groupRank', {
        header: 'Rank in group',
        cell: (c) => c.getValue() ?? '—',
        meta: { numeric: true },
      }),
    ];
  }, [kpi, currency, selection, partner]);
  return (
    <TableCard
      title={`Who leads on ${kpi.name}?`}
      note={
        <Text span size="xs" c="dimmed">
          Internal — never share it with partners.{' '}
          {all.length > SHOWN ? `Top ${SHOWN} of ${all.length}.` : `${all.length} partners.`}
        </Text>
      }
    >
      <DataTable
        label="League table"
        data={rows}
        columns={columns}
        emptyText="No partner has a figure."
        maxHeight={620}
      />
    </TableCard>
  );
}
