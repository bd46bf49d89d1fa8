import {
  Badge,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ImprovementOptions, ProgressReport, ProgressState } from '../../../../shared/api';
import { ChartCard } from '../../charts/ChartCard';
import { EChart } from '../../charts/EChart';
import { useChartPalette } from '../../charts/palette';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { formatMoney } from '../../components/value-format';
import { formatWholePercent } from '../../format/numbers';
import { useApiQuery } from '../../hooks/use-api-query';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';
import { BacklogTable } from './BacklogTable';
import { DidItWorkPanel } from './DidItWorkPanel';
import { impactOption } from './impact-option';
import { PROGRESS_COLORS, PROGRESS_LABELS } from './labels';

type GroupBy = ProgressReport['groupBy'];
const STATES: ProgressState[] = ['achieved', 'on-track', 'at-risk', 'missed', 'no-data'];

function Counts({ counts }: { counts: Record<ProgressState, number> }) {
  return (
    <Group gap={4} wrap="nowrap">
      {STATES.filter((s) => counts[s] > 0).map((s) => (
        <Badge key={s} size="xs" variant="light" color={PROGRESS_COLORS[s]}>
          {counts[s]} {PROGRESS_LABELS[s].toLowerCase()}
        </Badge>
      ))}
    </Group>
  );
}

/** Baseline → now → target of every action with a KPI, per group and in total, and the impact. */
export function ProgressTab({
  options,
  onIssue,
}: {
  options: ImprovementOptions;
  onIssue: (id: number) => void;
}) {
  const [groupBy, setGroupBy] = useState<GroupBy>('issue');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const report = useApiQuery('improvement.progress', { groupBy });
  const palette = useChartPalette();
  const option = useMemo(
    () =>
      report.data
        ? impactOption(report.data.cumulative, palette, (v) =>
            formatMoney(v, options.currency, true),
          )
        : null,
    [report.data, palette, options.currency],
  );
  if (report.status === 'loading') return <LoadingState label="Measuring progress…" />;
  if (report.status === 'error')
    return <ApiErrorAlert error={report.error} onRetry={report.reload} />;
  const r = report.data;
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" data-testid="progress-total">
        <Group justify="space-between">
          <div>
            <Text size="sm" fw={600}>
              {r.total.actions} actions measured as of {r.asOf} ({r.period.label})
            </Text>
            <Text size="xs" c="dimmed">
              Re-measured from the current data after every import; the baselines were frozen when
              each action was created.
              {r.total.meanClosed !== null
                ? ` On average ${formatWholePercent(r.total.meanClosed)} of the gap to target is closed.`
                : ''}
            </Text>
          </div>
          <Counts counts={r.total.counts} />
        </Group>
      </Paper>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
        <Paper withBorder p="sm">
          <Group justify="space-between" mb="xs">
            <Text size="sm" fw={600}>
              Where are we against the baselines, by {groupBy}?
            </Text>
            <SegmentedControl
              size="xs"
              aria-label="Group by"
              value={groupBy}
              onChange={(v) => setGroupBy(v as GroupBy)}
              data={[
                { value: 'issue', label: 'Issue' },
                { value: 'region', label: 'Region' },
                { value: 'type', label: 'Type' },
                { value: 'tier', label: 'Tier' },
                { value: 'owner', label: 'Owner' },
              ]}
            />
          </Group>
          <Table fz="xs" verticalSpacing={3} striped data-testid="progress-groups">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{groupBy}</Table.Th>
                <Table.Th className="num">Actions</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th className="num">Gap closed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...r.groups, r.total].map((g) => (
                <Table.Tr key={g.label} fw={g === r.total ? 600 : undefined}>
                  <Table.Td>{g.label}</Table.Td>
                  <Table.Td className="num">{g.actions}</Table.Td>
                  <Table.Td>
                    <Counts counts={g.counts} />
                  </Table.Td>
                  <Table.Td className="num">
                    {g.meanClosed === null ? '—' : formatWholePercent(g.meanClosed)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <ChartCard
          title="What have the partners with actions gained since their baselines?"
          note="sum over partners, each from its first baseline"
          testId="impact-chart"
        >
          {option && r.cumulative.length > 0 ? (
            <EChart option={option} height={260} label="Cumulative impact by period" />
          ) : (
            <Text size="sm" c="dimmed">
              No action with a baseline yet.
            </Text>
          )}
        </ChartCard>
      </SimpleGrid>
      <Paper withBorder p="sm">
        <Text size="sm" fw={600} mb="xs">
          Baseline → now → target, action by action
        </Text>
        {error && <ApiErrorAlert error={error} onClose={() => setError(null)} />}
        <BacklogTable
          actions={r.actions}
          currency={options.currency}
          onIssue={onIssue}
          onError={(e) => setError(toErrorInfo(e))}
        />
      </Paper>
      <DidItWorkPanel options={options} />
    </Stack>
  );
}
