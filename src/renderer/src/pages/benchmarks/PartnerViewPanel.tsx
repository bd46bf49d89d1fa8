import { Alert, Badge, List, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { PeerAggregates, PeerComparison, SizeBasis } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DataTable } from '../../components/data-table/DataTable';
import { LoadingState } from '../../components/LoadingState';
import { TableCard } from '../../components/TableCard';
import { useApiQuery } from '../../hooks/use-api-query';
import { selectionInput, type Selection } from '../../stores/selection-store';
import { formatFigure, formatPercentile } from './figure-format';
import { NO_SHRINK } from '../risks/severity';

const LEVEL = {
  own: { color: 'green', label: 'Own group' },
  merged: { color: 'yellow', label: 'Merged upward' },
  suppressed: { color: 'gray', label: 'Suppressed' },
} as const;

function WithheldMark() {
  return (
    <Text
      span
      size="xs"
      c="dimmed"
      fs="italic"
      title="Withheld: it would have equalled one partner’s own figure"
    >
      withheld
    </Text>
  );
}

interface PartnerViewProps {
  partner: string | null;
  selection: Selection;
  sizeBy: SizeBasis;
  currency: string;
}

function Content({ partner, selection, sizeBy, currency }: PartnerViewProps & { partner: string }) {
  // The methodology's peer group, as on the partner's scorecard and in its QBR (the page's
  // grouping is for internal comparisons only).
  const query = useApiQuery('benchmark.partner', {
    ...selectionInput(selection),
    partner,
    sizeBy,
  });
  const columns = useMemo(() => {
    const column = createColumnHelper<PeerComparison>();
    const peer = (c: PeerComparison, stat: keyof PeerAggregates) => {
      if (c.withheld.includes(stat)) return <WithheldMark />;
      return formatFigure(c.peers?.[stat], c.kpi.unit, currency, {
        aggregate: true,
        mean: stat === 'mean',
      });
    };
    const stat = (key: keyof PeerAggregates, header: string) =>
      column.accessor((c) => c.peers?.[key] ?? null, {
        id: key,
        header,
        cell: (c) => peer(c.row.original, key),
        meta: { numeric: true },
      });
    return [
      column.accessor((c) => c.kpi.name, { id: 'kpi', header: 'KPI' }),
      column.accessor('own', {
        header: 'Own figure',
        cell: (c) => formatFigure(c.getValue(), c.row.original.kpi.unit, currency),
        meta: { numeric: true },
      }),
      column.accessor('percentile', {
        header: 'Percentile',
        cell: (c) => formatPercentile(c.getValue()),
        meta: { numeric: true },
      }),
      stat('median', 'Peer median'),
      column.accessor((c) => c.peers?.p25 ?? null, {
        id: 'middle',
        header: 'Middle half (p25–p75)',
        enableSorting: false,
        cell: (c) =>
          c.row.original.peers ? (
            <>
              {peer(c.row.original, 'p25')} – {peer(c.row.original, 'p75')}
            </>
          ) : (
            '—'
          ),
        meta: { numeric: true },
      }),
      stat('mean', 'Peer mean'),
      stat('p90', 'Top 10 % from'),
      column.accessor((c) => c.basis.level, {
        id: 'basis',
        header: 'Compared with',
        enableSorting: false,
        cell: (c) => {
          const b = c.row.original.basis;
          return (
            <Text span size="xs" title={b.note}>
              <Badge
                style={NO_SHRINK}
                size="xs"
                variant="light"
                color={LEVEL[b.level].color}
                mr={6}
              >
                {LEVEL[b.level].label}
              </Badge>
              {b.label ? `${b.label} (${b.partners})` : 'no group of enough partners'}
            </Text>
          );
        },
      }),
      column.accessor(
        (c) =>
          c.references
            .map((r) => `${r.source}: ${formatFigure(r.value, c.kpi.unit, currency)}`)
            .join('; '),
        {
          id: 'reference',
          header: 'Reference',
          cell: (c) => c.getValue() || '—',
        },
      ),
    ];
  }, [currency]);
  if (query.status === 'loading')
    return <LoadingState label="Building the partner-safe benchmark…" />;
  if (query.status === 'error')
    return <ApiErrorAlert error={query.error} context="Partner benchmark" onRetry={query.reload} />;
  const b = query.data;
  const broader = new Map<string, string[]>();
  const suppressed: string[] = [];
  for (const c of b.comparisons) {
    if (c.basis.level === 'suppressed') suppressed.push(c.kpi.name);
    else if (c.basis.level === 'merged')
      broader.set(c.basis.label!, [...(broader.get(c.basis.label!) ?? []), c.kpi.name]);
  }
  return (
    <Stack gap="sm" data-testid="partner-benchmark">
      <TableCard
        title={`What ${b.partner.name} sees: own figures against anonymous peers`}
        note={`${b.period.label} · peer group ${b.ownGroup} (the methodology’s, as on the scorecard and in the QBR) · groups of at least ${b.minGroupSize} partners`}
      >
        <DataTable
          label="Partner-safe benchmark"
          data={b.comparisons}
          columns={columns}
          emptyText="No KPI."
        />
      </TableCard>
      <Alert variant="light" color="blue" title="How this is protected">
        <List size="sm" spacing={2}>
          {b.notes.map((n) => (
            <List.Item key={n}>{n}</List.Item>
          ))}
          {[...broader].map(([label, names]) => (
            <List.Item key={label}>
              Compared with {label} instead of {b.ownGroup} (fewer than {b.minGroupSize} partners
              with a figure): {names.join(', ')}.
            </List.Item>
          ))}
          {suppressed.length > 0 && (
            <List.Item>
              Not shown, no group has {b.minGroupSize} partners with a figure:{' '}
              {suppressed.join(', ')}.
            </List.Item>
          )}
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
        Choose a partner under “Highlight partner” to see the benchmark it may be shown: its own
        figures against anonymous aggregates of peer groups, never another partner’s name or figure.
      </Text>
    );
  }
  return <Content {...props} partner={props.partner} />;
}
