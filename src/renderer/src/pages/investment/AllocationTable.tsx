/** Each partner's amount, share and why; ineligible partners on request. */
import { Anchor, Badge, Switch, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { MdfAllocationRow, MdfProposal } from '../../../../shared/api';
import { DataTable } from '../../components/data-table/DataTable';
import { TableCard } from '../../components/TableCard';
import { AmountCell } from './AmountCell';
import { cents, percent } from './money';

const MAX_ROWS = 500;

export function AllocationTable({
  proposal,
  currency,
  baseline,
}: {
  proposal: MdfProposal;
  currency: string;
  /** Amounts of a saved plan to compare with (partner id → cents). */
  baseline: Map<number, number> | null;
}) {
  const [showAll, setShowAll] = useState(false);
  const columns = useMemo(() => {
    const c = createColumnHelper<MdfAllocationRow>();
    return [
      c.accessor('name', {
        header: 'Partner',
        cell: (x) => (
          <Anchor
            component={Link}
            to={`/partners/${encodeURIComponent(x.row.original.externalId)}`}
            size="sm"
          >
            {x.getValue()}
          </Anchor>
        ),
      }),
      c.accessor((r) => r.tier ?? '', {
        id: 'tier',
        header: 'Tier',
        cell: (x) => x.getValue() || '—',
        meta: { nowrap: true },
      }),
      c.accessor((r) => r.region ?? '', { id: 'region', header: 'Region', meta: { nowrap: true } }),
      c.accessor('amountCents', {
        header: 'Amount',
        cell: (x) =>
          x.row.original.eligible ? (
            <AmountCell
              partnerId={x.row.original.partnerId}
              name={x.row.original.name}
              amountCents={x.getValue()}
              locked={x.row.original.locked}
              currency={currency}
            />
          ) : (
            '—'
          ),
        meta: { numeric: true },
      }),
      ...(baseline
        ? [
            c.accessor((r) => r.amountCents - (baseline.get(r.partnerId) ?? 0), {
              id: 'change',
              header: 'Change',
              cell: (x) => {
                const v = x.getValue();
                if (!baseline.has(x.row.original.partnerId))
                  return x.row.original.amountCents > 0 ? 'new' : '—';
                return (
                  <Text size="sm" c={v > 0 ? 'teal' : v < 0 ? 'red' : 'dimmed'} span>
                    {v > 0 ? '+' : ''}
                    {cents(v, currency)}
                  </Text>
                );
              },
              meta: { numeric: true },
            }),
          ]
        : []),
      c.accessor('share', {
        header: 'Share',
        cell: (x) => percent(x.getValue()),
        meta: { numeric: true },
      }),
      c.accessor('criterion', {
        header: 'Criterion',
        cell: (x) => (x.row.original.eligible ? x.getValue().toFixed(1) : '—'),
        meta: { numeric: true },
      }),
      c.accessor('explanation', {
        header: 'Why',
        enableSorting: false,
        cell: (x) => (
          <Text size="sm" c={x.row.original.eligible ? undefined : 'dimmed'}>
            {x.row.original.bound === 'max' && (
              <Badge size="xs" variant="light" color="orange" mr={4}>
                max
              </Badge>
            )}
            {x.row.original.bound === 'min' && (
              <Badge size="xs" variant="light" color="grape" mr={4}>
                min
              </Badge>
            )}
            {x.getValue()}
          </Text>
        ),
      }),
    ];
  }, [currency, baseline]);
  const all = showAll ? proposal.rows : proposal.rows.filter((r) => r.eligible);
  // A table of thousands of rows is slow to draw and no one reads it: the largest amounts first.
  const rows = all.length > MAX_ROWS ? all.slice(0, MAX_ROWS) : all;
  return (
    <TableCard
      title="Who gets what, and why?"
      note={
        <>
          {rows.length < all.length &&
            `The ${MAX_ROWS} largest of ${all.length} shown; the export holds all. `}
          <Switch
            size="xs"
            label={`Show ineligible partners (${proposal.rows.length - proposal.eligibleCount})`}
            checked={showAll}
            onChange={(e) => setShowAll(e.currentTarget.checked)}
          />
        </>
      }
    >
      <DataTable
        data={rows}
        columns={columns}
        label="Allocation"
        emptyText="No partner in the scope is eligible."
        maxHeight={520}
      />
    </TableCard>
  );
}
