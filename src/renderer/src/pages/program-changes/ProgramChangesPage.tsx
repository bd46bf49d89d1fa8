/**
 * `#/program-changes` (from the Methodology page): publishing a methodology or changing tier
 * thresholds through a change proposal — the proposals with their status and decision window,
 * a proposal form with its impact assessment, the decision, the partner notice and the
 * decision log (direct publications included).
 */
import { Badge, Button, Grid, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ProgramChangeStatus } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { formatCalendarDate, formatTimestamp } from '../../format/dates';
import { useApiQuery } from '../../hooks/use-api-query';
import { ChangeDetail } from './ChangeDetail';
import { ProposalForm } from './ProposalForm';
import { STATUS_COLOR, STATUS_LABEL } from './status';

type View = 'changes' | 'log';

function ChangeList({
  selected,
  onSelect,
}: {
  selected: number | null;
  onSelect: (id: number) => void;
}) {
  const [status, setStatus] = useState<ProgramChangeStatus | 'all'>('all');
  const query = useApiQuery('governance.changes', { status });
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        aria-label="Which changes"
        value={status}
        onChange={(v) => setStatus(v as ProgramChangeStatus | 'all')}
        data={[
          { value: 'all', label: 'All' },
          { value: 'open', label: 'Open' },
          { value: 'deferred', label: 'Deferred' },
          { value: 'approved', label: 'Approved' },
          { value: 'rejected', label: 'Rejected' },
        ]}
      />
      {query.status === 'loading' && <LoadingState label="Loading changes…" />}
      {query.status === 'error' && <ApiErrorAlert error={query.error} onRetry={query.reload} />}
      {query.status === 'success' &&
        (query.data.length === 0 ? (
          <Text size="sm" c="dimmed" py="md" data-testid="changes-empty">
            No program change{' '}
            {status === 'all' ? 'yet' : `is ${STATUS_LABEL[status].toLowerCase()}`}. Propose one to
            publish a methodology draft or change tier thresholds with its impact assessed first.
          </Text>
        ) : (
          <Table highlightOnHover fz="xs" data-testid="changes-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Change</Table.Th>
                <Table.Th>Window closes</Table.Th>
                <Table.Th ta="right">Tier moves</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.map((c) => (
                <Table.Tr
                  key={c.id}
                  onClick={() => onSelect(c.id)}
                  style={{ cursor: 'pointer' }}
                  bg={c.id === selected ? 'var(--mantine-color-blue-light)' : undefined}
                  aria-selected={c.id === selected}
                >
                  <Table.Td>
                    <Text size="xs" fw={500}>
                      {c.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {c.kind === 'tiers' ? 'Tier thresholds' : 'Methodology'} · {c.sponsor}
                    </Text>
                    <Badge size="xs" color={STATUS_COLOR[c.status]}>
                      {STATUS_LABEL[c.status]}
                    </Badge>
                    {c.overdue && (
                      <Badge size="xs" color="orange" variant="light" ml={4}>
                        decision overdue
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{formatCalendarDate(c.windowCloses)}</Table.Td>
                  <Table.Td ta="right">
                    ↑{c.moved.up} ↓{c.moved.down}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </Stack>
  );
}

function DecisionLog() {
  const query = useApiQuery('governance.log', {});
  if (query.status === 'loading') return <LoadingState label="Loading the decision log…" />;
  if (query.status === 'error') return <ApiErrorAlert error={query.error} onRetry={query.reload} />;
  if (query.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Nothing was proposed, decided or published yet.
      </Text>
    );
  return (
    <Table fz="xs" striped data-testid="decision-log">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>When</Table.Th>
          <Table.Th>What</Table.Th>
          <Table.Th>Who</Table.Th>
          <Table.Th>Entry</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {query.data.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTimestamp(e.at)}</Table.Td>
            <Table.Td>
              <Badge
                size="xs"
                variant="light"
                color={e.kind === 'direct-publish' ? 'orange' : 'gray'}
              >
                {e.kind === 'direct-publish' ? 'published directly' : e.kind}
              </Badge>
            </Table.Td>
            <Table.Td>{e.actor || '—'}</Table.Td>
            <Table.Td>{e.summary}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ProgramChangesContent() {
  const [params, setParams] = useSearchParams();
  const [proposing, setProposing] = useState(false);
  const options = useApiQuery('views.options', {});
  const view: View = params.get('view') === 'log' ? 'log' : 'changes';
  const selected = Number(params.get('change')) || null;
  const update = (next: Record<string, string | null>) =>
    setParams(
      (p) => {
        const out = new URLSearchParams(p);
        for (const [k, v] of Object.entries(next)) {
          if (v === null) out.delete(k);
          else out.set(k, v);
        }
        return out;
      },
      { replace: true },
    );
  if (options.status === 'loading') return <LoadingState label="Loading the workspace…" />;
  if (options.status === 'error')
    return <ApiErrorAlert error={options.error} onRetry={options.reload} />;
  const currency = options.data.currency;
  return (
    <Stack gap="sm">
      <SegmentedControl
        size="xs"
        w={300}
        aria-label="View"
        value={view}
        onChange={(v) => update({ view: v === 'log' ? 'log' : null })}
        data={[
          { value: 'changes', label: 'Proposals' },
          { value: 'log', label: 'Decision log' },
        ]}
      />
      {view === 'log' ? (
        <Paper withBorder p="sm">
          <DecisionLog />
        </Paper>
      ) : (
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Paper withBorder p="sm">
              <Stack gap="xs">
                <Button size="xs" onClick={() => setProposing(true)} disabled={proposing}>
                  New proposal
                </Button>
                <ChangeList
                  selected={selected}
                  onSelect={(id) => {
                    setProposing(false);
                    update({ change: String(id) });
                  }}
                />
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 8 }}>
            {proposing ? (
              <ProposalForm
                currency={currency}
                onCancel={() => setProposing(false)}
                onProposed={(c) => {
                  setProposing(false);
                  update({ change: String(c.id) });
                }}
              />
            ) : selected !== null ? (
              <ChangeDetail key={selected} id={selected} currency={currency} />
            ) : (
              <Text size="sm" c="dimmed" p="md">
                Pick a change to see its impact, decide it and draft its partner notice.
              </Text>
            )}
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

export function ProgramChangesPage() {
  return (
    <>
      <PageHeader
        title="Program changes"
        description="Methodology and tier-threshold changes go through a proposal: its impact (who changes tier, the revenue and MDF exposed), a sponsor, a decision window, a decision with its rationale and a notice to partners. Every step is in the decision log."
        actions={
          <Button component="a" href="#/methodology" size="xs" variant="default">
            Methodology
          </Button>
        }
      />
      <WorkspaceGate>{() => <ProgramChangesContent />}</WorkspaceGate>
    </>
  );
}
