/**
 * `#/disputes`: partner disputes of figures and tiers, oldest waiting first with a live waiting
 * timer; open one to record a correction, have a second person approve it, and resolve it.
 * Disputes are opened from the partner page ("Dispute a figure").
 */
import { Badge, Grid, Group, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { DisputeFilter, DisputeItem } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { formatCount } from '../../format/numbers';
import { useApiQuery } from '../../hooks/use-api-query';
import { DisputeDetail } from './DisputeDetail';
import { DISPUTE_STATUS } from './status';
import { formatWaiting, useNow, waitedSeconds } from './waiting';

function figureOf(d: DisputeItem): string {
  return d.subject === 'tier' ? 'Tier' : (d.kpiName ?? d.kpiKey ?? '');
}

function DisputesTable({
  list,
  selected,
  onSelect,
}: {
  list: DisputeItem[];
  selected: number | null;
  onSelect: (id: number) => void;
}) {
  const now = useNow();
  return (
    <Table fz="sm" verticalSpacing={4} highlightOnHover data-testid="disputes-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Partner</Table.Th>
          <Table.Th>Disputed</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th className="num">Waiting</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.map((d) => {
          const waited = waitedSeconds(d, now);
          const resolved = d.status.startsWith('resolved');
          return (
            <Table.Tr
              key={d.id}
              onClick={() => onSelect(d.id)}
              style={{ cursor: 'pointer' }}
              bg={d.id === selected ? 'var(--mantine-color-blue-light)' : undefined}
              data-dispute-id={d.id}
            >
              <Table.Td>
                {d.partner.name}
                <Text size="xs" c="dimmed">
                  {d.partner.externalId}
                  {d.partner.region ? ` · ${d.partner.region}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                {figureOf(d)} · {d.periodLabel}
              </Table.Td>
              <Table.Td>
                <Badge size="xs" variant="light" color={DISPUTE_STATUS[d.status].color}>
                  {DISPUTE_STATUS[d.status].label}
                </Badge>
              </Table.Td>
              <Table.Td
                className="num"
                c={!resolved && waited > 14 * 86_400 ? 'red' : resolved ? 'dimmed' : undefined}
                data-testid="dispute-waiting"
              >
                {formatWaiting(waited)}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function DisputesContent() {
  const [status, setStatus] = useState<DisputeFilter>('open');
  const [selected, setSelected] = useState<number | null>(null);
  // All disputes, filtered here: a dispute just resolved stays open in the detail pane.
  const query = useApiQuery('disputes.list', { status: 'all' });
  const options = useApiQuery('views.options', {});
  const currency = options.data?.currency ?? 'USD';
  const list = query.data?.filter(
    (d) => status === 'all' || d.status.startsWith('resolved') === (status === 'resolved'),
  );
  const current = query.data?.find((d) => d.id === selected) ?? list?.[0] ?? null;
  return (
    <Grid>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Paper withBorder p="sm">
          <Group justify="space-between" mb="sm">
            <SegmentedControl
              size="xs"
              aria-label="Which disputes"
              value={status}
              onChange={(v) => setStatus(v as DisputeFilter)}
              data={[
                { value: 'open', label: 'Open' },
                { value: 'resolved', label: 'Resolved' },
                { value: 'all', label: 'All' },
              ]}
            />
            {list && (
              <Text size="xs" c="dimmed">
                {formatCount(list.length, 'dispute')}
              </Text>
            )}
          </Group>
          {query.status === 'loading' && <LoadingState label="Loading disputes…" />}
          {query.status === 'error' && <ApiErrorAlert error={query.error} onRetry={query.reload} />}
          {list &&
            (list.length === 0 ? (
              <Text size="sm" c="dimmed" py="md" data-testid="disputes-empty">
                {status === 'open'
                  ? 'No open disputes. Open one from a partner’s page (Dispute a figure).'
                  : 'No disputes here.'}
              </Text>
            ) : (
              <DisputesTable list={list} selected={current?.id ?? null} onSelect={setSelected} />
            ))}
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        {current && <DisputeDetail key={current.id} dispute={current} currency={currency} />}
      </Grid.Col>
    </Grid>
  );
}

export function DisputesPage() {
  return (
    <>
      <PageHeader
        title="Disputes"
        description="Partners’ disputes of a figure or tier, how long each has waited, and the corrections made — each approved by a second person."
      />
      <WorkspaceGate>{() => <DisputesContent />}</WorkspaceGate>
    </>
  );
}
