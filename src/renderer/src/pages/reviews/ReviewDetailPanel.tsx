/** One review: what changed since the previous one, and its decisions and lessons learned. */
import {
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { ReviewActionRef, ReviewDetail } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { formatCalendarDate, formatTimestamp } from '../../format/dates';
import { useApiQuery } from '../../hooks/use-api-query';
import { useAsyncAction } from '../../hooks/use-async-action';

const save = (id: number, decisions: string, lessons: string) =>
  api.call('reviews.update', { id, decisions, lessons });
const recompute = (id: number) => api.call('reviews.recompute', { id });

function Stat({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} c={color}>
        {value}
      </Text>
    </Paper>
  );
}

function ActionList({
  title,
  actions,
  empty,
}: {
  title: string;
  actions: ReviewActionRef[];
  empty: string;
}) {
  return (
    <div>
      <Title order={3} size="sm" mb={4}>
        {title}
      </Title>
      {actions.length === 0 ? (
        <Text size="xs" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap={2}>
          {actions.slice(0, 30).map((a) => (
            <Text size="xs" key={a.id}>
              <a href={`#/partners/${encodeURIComponent(a.externalId)}`}>{a.partnerName}</a>:{' '}
              {a.title}
              <Text span size="xs" c="dimmed">
                {' '}
                — {a.owner || 'no owner'}
                {a.dueDate ? `, due ${formatCalendarDate(a.dueDate)}` : ''}
              </Text>
            </Text>
          ))}
          {actions.length > 30 && (
            <Text size="xs" c="dimmed">
              …and {actions.length - 30} more.
            </Text>
          )}
        </Stack>
      )}
    </div>
  );
}

function Notes({ review }: { review: ReviewDetail }) {
  const [decisions, setDecisions] = useState(review.decisions);
  const [lessons, setLessons] = useState(review.lessons);
  const action = useAsyncAction(save);
  const dirty = decisions !== review.decisions || lessons !== review.lessons;
  return (
    <Stack gap="xs">
      <Textarea
        label="Decisions"
        autosize
        minRows={3}
        value={decisions}
        onChange={(e) => setDecisions(e.currentTarget.value)}
      />
      <Textarea
        label="Lessons learned"
        autosize
        minRows={3}
        value={lessons}
        onChange={(e) => setLessons(e.currentTarget.value)}
      />
      {action.error && <ApiErrorAlert error={action.error} onClose={action.clearError} />}
      <Group justify="flex-end">
        <Button
          size="xs"
          disabled={!dirty}
          loading={action.pending}
          onClick={() => void action.run(review.id, decisions, lessons)}
        >
          Save decisions and lessons
        </Button>
      </Group>
    </Stack>
  );
}

export function ReviewDetailPanel({ id }: { id: number }) {
  const q = useApiQuery('reviews.get', { id });
  const again = useAsyncAction(recompute);
  if (q.status === 'loading') return <LoadingState label="Loading the review…" />;
  if (q.status === 'error') return <ApiErrorAlert error={q.error} onRetry={q.reload} />;
  const r = q.data;
  const c = r.changes;
  return (
    <Stack gap="sm" data-testid="review-detail">
      <Paper withBorder p="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2}>{r.title}</Title>
            <Text size="xs" c="dimmed">
              Held {formatCalendarDate(r.heldOn)} ·{' '}
              {c.since
                ? `changes since the previous ${r.cadence} review (${formatCalendarDate(c.since)})`
                : `first ${r.cadence} review: changes since the cycle began`}
              {c.fromPeriod && c.toPeriod
                ? ` · tiers ${c.fromPeriod} → ${c.toPeriod} (${c.methodology ?? ''})`
                : ''}{' '}
              · computed {formatTimestamp(r.computedAt)}
            </Text>
          </div>
          <Button
            size="xs"
            variant="light"
            loading={again.pending}
            onClick={() => void again.run(r.id)}
          >
            Compute again
          </Button>
        </Group>
        {again.error && <ApiErrorAlert error={again.error} onClose={again.clearError} />}
        <SimpleGrid cols={{ base: 2, md: 5 }} spacing="xs" mt="sm">
          <Stat label="Moved up a tier" value={String(c.tierMoves.up)} color="teal" />
          <Stat label="Moved down a tier" value={String(c.tierMoves.down)} color="red" />
          <Stat
            label="New alerts"
            value={`${c.newAlerts.total}${c.newAlerts.bySeverity.high ? ` (${c.newAlerts.bySeverity.high} high)` : ''}`}
          />
          <Stat label="Actions completed" value={String(c.actionsCompleted.length)} />
          <Stat
            label="Actions overdue"
            value={String(c.actionsOverdue.length)}
            color={c.actionsOverdue.length ? 'orange' : undefined}
          />
        </SimpleGrid>
      </Paper>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
        <Paper withBorder p="sm">
          <Stack gap="sm">
            <ActionList
              title="Actions overdue"
              actions={c.actionsOverdue}
              empty="No action is overdue."
            />
            <ActionList
              title="Actions completed"
              actions={c.actionsCompleted}
              empty="No action was completed in this cycle."
            />
          </Stack>
        </Paper>
        <Paper withBorder p="sm">
          <Title order={3} size="sm" mb={4}>
            Tier moves
          </Title>
          {c.tierMoves.list.length === 0 ? (
            <Text size="xs" c="dimmed">
              {c.fromPeriod === c.toPeriod
                ? 'No new period was scored since the previous review.'
                : 'No partner changed tier.'}
            </Text>
          ) : (
            <Stack gap={2} mah={220} style={{ overflow: 'auto' }}>
              {c.tierMoves.list.map((m) => (
                <Text size="xs" key={m.partnerId}>
                  <a href={`#/partners/${encodeURIComponent(m.externalId)}`}>{m.name}</a>{' '}
                  {m.fromTier ?? 'No tier'} →{' '}
                  <Badge size="xs" variant="light" color={m.direction === 'up' ? 'teal' : 'red'}>
                    {m.toTier ?? 'No tier'}
                  </Badge>
                </Text>
              ))}
            </Stack>
          )}
          <Title order={3} size="sm" mt="sm" mb={4}>
            New alerts
          </Title>
          {c.newAlerts.list.length === 0 ? (
            <Text size="xs" c="dimmed">
              No alert since the previous review.
            </Text>
          ) : (
            <Stack gap={2} mah={180} style={{ overflow: 'auto' }}>
              {c.newAlerts.list.slice(0, 40).map((a) => (
                <Text size="xs" key={a.id}>
                  <Badge size="xs" variant="light" color={a.severity === 'high' ? 'red' : 'gray'}>
                    {a.severity}
                  </Badge>{' '}
                  {a.title}
                </Text>
              ))}
            </Stack>
          )}
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="sm">
        <Notes key={`${r.id}|${r.updatedAt}`} review={r} />
      </Paper>
    </Stack>
  );
}
