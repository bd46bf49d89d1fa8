import { Anchor, Badge, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type {
  BaselineGroup,
  GroupDimension,
  PeriodRef,
  ProgressFlag,
  SizeBasis,
} from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DataTable } from '../../components/data-table/DataTable';
import { LoadingState } from '../../components/LoadingState';
import { TableCard } from '../../components/TableCard';
import { formatShare } from '../../components/value-format';
import { useApiQuery } from '../../hooks/use-api-query';
import { selectionInput, type Selection } from '../../stores/selection-store';
import { partnerHref } from '../portfolio/partner-href';
import { formatFigure } from './figure-format';
import { NO_SHRINK } from '../risks/severity';

const FLAG_COLOR: Record<ProgressFlag, string> = {
  improving: 'green',
  regressing: 'red',
  stagnating: 'yellow',
};

interface BaselinePanelProps {
  selection: Selection;
  kpi: string;
  groupBy: GroupDimension[];
  sizeBy: SizeBasis;
  currency: string;
  periods: PeriodRef[];
  baseline: string | null;
  onBaseline: (key: string) => void;
}

interface PartnerRow {
  externalId: string;
  name: string;
  group: string;
  before: number | null;
  now: number | null;
  change: number | null;
  relative: number | null;
  flag: ProgressFlag | null;
  reason: string | null;
}

/** The default baseline: a year before the period shown (else the first period). */
export function defaultBaseline(periods: PeriodRef[], period: string | null): string | null {
  const t = period ? periods.findIndex((p) => p.key === period) : periods.length - 1;
  if (t <= 0) return null;
  return periods[Math.max(0, t - 4)]!.key;
}

/** A change with its sign: +5.3, −2.0 (and 0 without one). */
const signed = (value: number, magnitude: string) =>
  value > 0 ? `+${magnitude}` : value < 0 ? `−${magnitude}` : magnitude;

export function BaselinePanel(props: BaselinePanelProps) {
  const { selection, kpi, groupBy, sizeBy, currency, periods, baseline, onBaseline } = props;
  const [filter, setFilter] = useState<'flagged' | ProgressFlag | 'all'>('flagged');
  const current = selection.period ?? periods[periods.length - 1]?.key ?? null;
  const chosen = baseline ?? defaultBaseline(periods, current);
  const earlier = periods.slice(
    0,
    Math.max(
      0,
      periods.findIndex((p) => p.key === current),
    ),
  );
  if (!chosen) {
    return (
      <Text size="sm" c="dimmed">
        A baseline needs an earlier period; the workspace has only one.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <Select
          label="Baseline period"
          size="xs"
          w={160}
          allowDeselect={false}
          data={earlier.map((p) => ({ value: p.key, label: p.label })).reverse()}
          value={chosen}
          onChange={(v) => v && onBaseline(v)}
        />
        <SegmentedControl
          size="xs"
          aria-label="Which partners"
          value={filter}
          onChange={(v) => setFilter(v as typeof filter)}
          data={[
            { value: 'flagged', label: 'Flagged' },
            { value: 'regressing', label: 'Regressing' },
            { value: 'stagnating', label: 'Stagnating' },
            { value: 'improving', label: 'Improving' },
            { value: 'all', label: 'All' },
          ]}
        />
      </Group>
      <BaselineTables
        {...props}
        baseline={chosen}
        filter={filter}
        kpi={kpi}
        groupBy={groupBy}
        sizeBy={sizeBy}
        currency={currency}
      />
    </Stack>
  );
}

function BaselineTables({
  selection,
  kpi,
  groupBy,
  sizeBy,
  currency,
  baseline,
  filter,
}: BaselinePanelProps & { baseline: string; filter: 'flagged' | ProgressFlag | 'all' }) {
  const query = useApiQuery('benchmark.baseline', {
    ...selectionInput(selection),
    baseline,
    kpi,
    groupBy,
    sizeBy,
  });
  const report = query.data;
  const unit = report?.kpi.unit ?? 'number';
  const groupColumns = useMemo(() => {
    const column = createColumnHelper<BaselineGroup>();
    const fig = (v: number | null) => formatFigure(v, unit, currency, { aggregate: true });
    return [
      column.accessor('label', { header: 'Group' }),
      column.accessor('partners', { header: 'Partners', meta: { numeric: true } }),
      column.accessor('medianBaseline', {
        header: 'Median then',
        cell: (c) => fig(c.getValue()),
        meta: { numeric: true },
      }),
      column.accessor('medianNow', {
        header: 'Median now',
        cell: (c) => fig(c.getValue()),
        meta: { numeric: true },
      }),
      column.display({
        id: 'changeOfMedian',
        header: 'Median change',
        cell: (c) => {
          const { medianNow, medianBaseline } = c.row.original;
          return medianNow === null || medianBaseline === null
            ? '—'
            : signed(
                medianNow - medianBaseline,
                formatFigure(Math.abs(medianNow - medianBaseline), unit, currency, {
                  aggregate: true,
                }),
              );
        },
        meta: { numeric: true },
      }),
      column.accessor('medianChange', {
        header: 'Typical partner’s change',
        cell: (c) => fig(c.getValue()),
        meta: { numeric: true },
      }),
      column.accessor('improving', { header: 'Improving', meta: { numeric: true } }),
      column.accessor('stagnating', { header: 'Stagnating', meta: { numeric: true } }),
      column.accessor('regressing', { header: 'Regressing', meta: { numeric: true } }),
    ];
  }, [unit, currency]);
  const partnerColumns = useMemo(() => {
    const column = createColumnHelper<PartnerRow>();
    const fig = (v: number | null) => formatFigure(v, unit, currency);
    return [
      column.accessor('name', {
        header: 'Partner',
        cell: (c) => (
          <Anchor component={Link} to={partnerHref(c.row.original.externalId, selection)} size="sm">
            {c.getValue()}
          </Anchor>
        ),
      }),
      column.accessor('group', { header: 'Group' }),
      column.accessor('before', {
        header: 'Then',
        cell: (c) => fig(c.getValue()),
        meta: { numeric: true },
      }),
      column.accessor('now', {
        header: 'Now',
        cell: (c) => fig(c.getValue()),
        meta: { numeric: true },
      }),
      column.accessor('relative', {
        header: 'Change',
        cell: (c) => (c.getValue() === null ? '—' : formatShare(c.getValue()!, 1)),
        meta: { numeric: true },
      }),
      column.accessor('flag', {
        header: 'Flag',
        cell: (c) =>
          c.getValue() ? (
            <Badge
              style={NO_SHRINK}
              size="sm"
              variant="light"
              color={FLAG_COLOR[c.getValue()!]}
              title={c.row.original.reason ?? ''}
            >
              {c.getValue()}
            </Badge>
          ) : (
            '—'
          ),
        meta: { nowrap: true },
      }),
      column.accessor('reason', { header: 'Why', cell: (c) => c.getValue() ?? '' }),
    ];
  }, [unit, currency, selection]);
  const rows = useMemo((): PartnerRow[] => {
    if (!report) return [];
    return report.partnerId
      .map((_, i) => ({
        externalId: report.externalId[i]!,
        name: report.name[i]!,
        group: report.groups[report.group[i]!]!.label,
        before: report.before[i] ?? null,
        now: report.now[i] ?? null,
        change: report.change[i] ?? null,
        relative: report.relativeChange[i] ?? null,
        flag: report.flag[i] ?? null,
        reason: report.reason[i] ?? null,
      }))
      .filter((r) =>
        filter === 'all'
          ? true
          : filter === 'flagged'
            ? r.flag === 'regressing' || r.flag === 'stagnating'
            : r.flag === filter,
      );
  }, [report, filter]);
  if (query.status === 'loading') return <LoadingState label="Comparing with the baseline…" />;
  if (query.status === 'error')
    return <ApiErrorAlert error={query.error} context="Baseline" onRetry={query.reload} />;
  const r = query.data;
  const rules = `Regressing: ${formatShare(r.rules.regressionThreshold, 0)} or more worse than in ${r.baseline.label}. Stagnating: never more than ${formatShare(r.rules.stagnationTolerance, 0)} better over the last ${r.rules.stagnationPeriods} periods.`;
  return (
    <Stack gap="sm" data-testid="baseline-panel">
      <TableCard
        title={`How did each group’s ${r.kpi.name} move since ${r.baseline.label}?`}
        note={`${r.baseline.label} → ${r.period.label}`}
      >
        <DataTable
          label="Baseline groups"
          data={r.groups}
          columns={groupColumns}
          emptyText="No groups."
        />
      </TableCard>
      <TableCard title="Which partners regress or stagnate?" note={rules}>
        <DataTable
          label="Baseline partners"
          data={rows}
          columns={partnerColumns}
          emptyText="No partner matches this filter."
          maxHeight={560}
        />
      </TableCard>
    </Stack>
  );
}
