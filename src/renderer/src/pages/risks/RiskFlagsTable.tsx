import { Anchor, Badge } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { RiskFlag } from '../../../../shared/api';
import { DataTable } from '../../components/data-table/DataTable';
import { TableCard } from '../../components/TableCard';
import type { Selection } from '../../stores/selection-store';
import { partnerHref } from '../portfolio/partner-href';
import { NO_SHRINK, SEVERITY_COLOR } from './severity';

const SEVERITY_RANK = { high: 0, medium: 1 } as const;

/** Every flag of the period: severity, rule, partner, and why, in words. */
export function RiskFlagsTable({
  flags,
  selection,
  title,
  emptyText,
}: {
  flags: RiskFlag[];
  selection: Selection;
  title: string;
  /** Why the list is empty, when a filter emptied it. */
  emptyText?: string;
}) {
  const columns = useMemo(() => {
    const column = createColumnHelper<RiskFlag>();
    return [
      column.accessor((f) => SEVERITY_RANK[f.severity], {
        id: 'severity',
        header: 'Severity',
        cell: (c) => (
          <Badge
            style={NO_SHRINK}
            size="sm"
            color={SEVERITY_COLOR[c.row.original.severity]}
            variant="light"
          >
            {c.row.original.severity}
          </Badge>
        ),
        meta: { nowrap: true },
      }),
      column.accessor('ruleName', { header: 'Rule', meta: { nowrap: true } }),
      column.accessor('name', {
        header: 'Partner',
        cell: (c) => (
          <Anchor component={Link} to={partnerHref(c.row.original.externalId, selection)} size="sm">
            {c.getValue()}
          </Anchor>
        ),
      }),
      column.accessor('type', { header: 'Type', cell: (c) => c.getValue() ?? '—' }),
      column.accessor('region', {
        header: 'Region',
        cell: (c) => c.getValue() ?? '—',
        meta: { nowrap: true },
      }),
      column.accessor('explanation', { header: 'Why', enableSorting: false }),
    ];
  }, [selection]);
  return (
    <TableCard title={title} note={`${flags.length} flag${flags.length === 1 ? '' : 's'}`}>
      <DataTable
        label="Risk flags"
        data={flags}
        columns={columns}
        emptyText={emptyText ?? 'No risk rule fired.'}
        maxHeight={640}
      />
    </TableCard>
  );
}
