import { Alert, Badge, List, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { GroupDimension, PeerComparison, SizeBasis } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DataTable } from '../../components/data-table/DataTable';
import { LoadingState } from '../../components/LoadingState';
import { TableCard } from '../../components/TableCard';
import { useApiQuery } from '../../hooks/use-api-query';
import { selectionInput, type Selection } from '../../stores/selection-store';
import { formatFigure, formatPercentile } from './figure-format';

const LEVEL = {
  own: { color: 'green', label: 'Own group' },
  merged: { color: 'yellow', label: 'Merged upward' },
  suppressed: { color: 'gray', label: 'Suppressed' },
} as const;

interface PartnerViewProps {
  partner: string | null;
  selection: Selection;
  groupBy: GroupDimension[];
  sizeBy: SizeBasis;
  currency: string;
}

function Content({ partner, selection, groupBy, sizeBy, currency }: PartnerViewProps & { partner: string }) {
  const query = useApiQuery('benchmark.partner', { ...selectionInput(selection), partner, groupBy, sizeBy });
  const columns = useMemo(() => {
    const column = createColumnHelper<PeerComparison>();
    const fig = (c: PeerComparison, v: number | null | undefined, aggregate = true) =>
      formatFigure(v, c.kpi.unit, currency, { aggregate });
    return [
      column.accessor((c) => c.kpi.name, { id: 'kpi', header: 'KPI' }),
      column.accessor('own', { header: 'Own figure', cell: (c) => fig(c.row.original, c.getValue(), false), meta: { numeric: true } }),
      column.accessor('percentile', { header: 'Percentile', cell: (c) => formatPercentile(c.getValue()), meta: { numeric: true } }),
      column.accessor((c) => c.peers?.median ?? null, { id: 'median', header: 'Peer median', cell: (c) => fig(c.row.original, c.getValue()), meta: { numeric: true } }),
      column.accessor((c) => c.peers?.p25 ?? null, {
        id: 'middle',
        header: 'Middle half (p25–p75)',
        cell: (c) => {
          const p = c.row.original.peers;
          return p ? `${fig(c.row.original, p.p25)} – ${fig(c.row.original, p.p75)}` : '—';
        },
        meta: { numeric: true },
      }),
      column.accessor((c) => c.peers?.mean ?? null, { id: 'mean', header: 'Peer mean', cell: (c) => fig(c.row.original, c.getValue()), meta: { numeric: true } }),
      column.accessor((c) => c.peers?.p90 ?? null, { id: 'p90', header: 'Top 10 % from', cell: (c) => fig(c.row.original, c.getValue()), meta: { numeric: true } }),
      column.accessor((c) => c.basis.level, {
        id: 'basis',
        header: 'Compared with',
        enableSorting: false,
        cell: (c) => {
          const b = c.row.original.basis;
          return (
            <Text span size="xs" title={b.note}>
              <Badge size="xs" variant="light" color={LEVEL[b.level].color} mr={6}>
                {LEVEL[b.level].label}
              </Badge>
              {b.label ? `${b.label} (${b.partners})` : 'no group of enough partners'}
            </Text>
          );
        },
      }),
      column.accessor((c) => c.references.map((r) => `${r.source}: ${fig(c, r.value)}`).join('; '), {
        id: 'reference',
        header: 'Reference',
        cell: (c) => c.getValue() || '—',
      }),
    ];
  }, [currency]);
  if (query.status === 'loading') return <LoadingState label="Building the partner-safe benchmark…" />;
  if (query.status === 'error') return <ApiErrorAlert error={query.error} context="Partner benchmark" onRetry={query.reload} />;
  const b = query.data;
  const merged = b.comparisons.filter((c) => c.basis.level !== 'own');
  return (
    <Stack gap="sm" data-testid="partner-benchmark">
      <TableCard
        title={`What ${b.partner.name} sees: own figures against anonymous peers`}
        note={`${b.period.label} · own group ${b.ownGroup} · groups of at least ${b.minGroupSize} partners`}
      >
        <DataTable label="Partner-safe benchmark" data={b.comparisons} columns={columns} emptyText="No KPI." />
      </TableCard>
      <Alert variant="light" color="blue" title="How this is protected">
        <List size="sm" spacing={2}>
          {b.notes.map((n) => (
            <List.Item key={n}>{n}</List.Item>
          ))}
          {merged.map((c) => (
            <List.Item key={c.kpi.key}>
              {c.kpi.name}: {c.basis.note}
            </List.Item>
          ))}
        </List>
      </Alert>
    </Stack>
  );
}

/** The partner-safe view of the highlighted partner (what a QBR or scorecard may show). */
export function PartnerViewPanel(props: PartnerViewProps) {
  if (!props.partner) {
    return (
      <Text size="sm" c="dimmed" py="md" data-testid="partner-benchmark-empty">
        Choose a partner under “Highlight partner” to see the benchmark it may be shown: its own figures against
        anonymous aggregates of peer groups, never another partner’s name or figure.
      </Text>
    );
  }
  return <Content {...props} partner={props.partner} />;
}
