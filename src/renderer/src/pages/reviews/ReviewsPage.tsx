/**
 * `#/reviews` (from the Actions page): monthly operational and quarterly strategic reviews — one
 * record per cycle with what changed since the previous one, decisions and lessons learned
 * (searchable) — and the escalation of overdue or critical actions.
 */
import {
  Button,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ReviewCadence } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { formatCalendarDate } from '../../format/dates';
import { useApiQuery } from '../../hooks/use-api-query';
import { useAsyncAction } from '../../hooks/use-async-action';
import { EscalationPanel } from './EscalationPanel';
import { ReviewDetailPanel } from './ReviewDetailPanel';

const create = (cadence: ReviewCadence, heldOn: string) =>
  api.call('reviews.create', { cadence, heldOn });

function NewReview({ onCreated }: { onCreated: (id: number) => void }) {
  const [cadence, setCadence] = useState<ReviewCadence>('monthly');
  const [heldOn, setHeldOn] = useState(new Date().toISOString().slice(0, 10));
  const action = useAsyncAction(create);
  return (
    <Stack gap={6}>
      <Group gap="xs" align="flex-end">
        <SegmentedControl
          size="xs"
          aria-label="Cadence"
          value={cadence}
          onChange={(v) => setCadence(v as ReviewCadence)}
          data={[
            { value: 'monthly', label: 'Monthly' },
            { value: 'quarterly', label: 'Quarterly' },
          ]}
        />
        <TextInput
          size="xs"
          type="date"
          aria-label="Held on"
          value={heldOn}
          onChange={(e) => setHeldOn(e.currentTarget.value)}
        />
        <Button
          size="xs"
          loading={action.pending}
          onClick={() =>
            void action.run(cadence, heldOn).then((r) => r.ok && onCreated(r.value.id))
          }
        >
          Open review
        </Button>
      </Group>
      {action.error && <ApiErrorAlert error={action.error} onClose={action.clearError} />}
    </Stack>
  );
}

function ReviewList({
  selected,
  onSelect,
}: {
  selected: number | null;
  onSelect: (id: number) => void;
}) {
  const q = useApiQuery('reviews.list', {});
  if (q.status === 'loading') return <LoadingState label="Loading reviews…" />;
  if (q.status === 'error') return <ApiErrorAlert error={q.error} onRetry={q.reload} />;
  if (q.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No review yet. Open the first one: it compares with the previous scored period.
      </Text>
    );
  return (
    <Table fz="xs" highlightOnHover data-testid="reviews-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Review</Table.Th>
          <Table.Th>Held</Table.Th>
          <Table.Th ta="right">Tier ↑/↓</Table.Th>
          <Table.Th ta="right">Overdue</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {q.data.map((r) => (
          <Table.Tr
            key={r.id}
            onClick={() => onSelect(r.id)}
            style={{ cursor: 'pointer' }}
            bg={r.id === selected ? 'var(--mantine-color-blue-light)' : undefined}
          >
            <Table.Td>{r.title}</Table.Td>
            <Table.Td>{formatCalendarDate(r.heldOn)}</Table.Td>
            <Table.Td ta="right">
              {r.tierMoves.up}/{r.tierMoves.down}
            </Table.Td>
            <Table.Td ta="right">{r.actionsOverdue}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function SearchResults({ query, onOpen }: { query: string; onOpen: (id: number) => void }) {
  const q = useApiQuery('reviews.search', { query });
  if (q.status !== 'success') return null;
  return (
    <Paper withBorder p="sm" data-testid="review-search">
      {q.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No decision or lesson mentions “{query}”.
        </Text>
      ) : (
        <Stack gap={4}>
          {q.data.map((h) => (
            <Text size="xs" key={`${h.reviewId}|${h.field}`}>
              <a
                href="#"
                onClick={(e) => {
                  e.preventDefault();
                  onOpen(h.reviewId);
                }}
              >
                {h.title}
              </a>{' '}
              <Text span c="dimmed" size="xs">
                ({h.field === 'lessons' ? 'lesson' : 'decision'})
              </Text>
              : {h.snippet}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function ReviewsContent() {
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const view = params.get('view') === 'escalation' ? 'escalation' : 'reviews';
  const selected = Number(params.get('review')) || null;
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
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          aria-label="View"
          value={view}
          onChange={(v) => update({ view: v === 'escalation' ? 'escalation' : null })}
          data={[
            { value: 'reviews', label: 'Reviews' },
            { value: 'escalation', label: 'Escalation' },
          ]}
        />
        {view === 'reviews' && (
          <TextInput
            size="xs"
            w={320}
            placeholder="Search decisions and lessons learned"
            aria-label="Search decisions and lessons learned"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
        )}
      </Group>
      {view === 'escalation' ? (
        <EscalationPanel />
      ) : (
        <>
          {debounced && (
            <SearchResults
              query={debounced}
              onOpen={(id) => {
                setSearch('');
                update({ review: String(id) });
              }}
            />
          )}
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Paper withBorder p="sm">
                <Stack gap="sm">
                  <NewReview onCreated={(id) => update({ review: String(id) })} />
                  <ReviewList
                    selected={selected}
                    onSelect={(id) => update({ review: String(id) })}
                  />
                </Stack>
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 8 }}>
              {selected !== null ? (
                <ReviewDetailPanel key={selected} id={selected} />
              ) : (
                <Text size="sm" c="dimmed" p="md">
                  Pick a review to see what changed since the previous one and to record its
                  decisions and lessons learned.
                </Text>
              )}
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}

export function ReviewsPage() {
  return (
    <>
      <PageHeader
        title="Reviews"
        description="Monthly operational and quarterly strategic reviews: what changed since the last one, the decisions taken and the lessons learned; overdue or critical actions escalate from their owner to the manager and the program lead."
        actions={
          <Button component="a" href="#/actions" size="xs" variant="default">
            Actions
          </Button>
        }
      />
      <WorkspaceGate>{() => <ReviewsContent />}</WorkspaceGate>
    </>
  );
}
