/** One dispute: what is disputed and why, its corrections, and moving it to a resolution. */
import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { DisputeItem, DisputeStatusValue } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAsyncAction } from '../../hooks/use-async-action';
import { formatTimestamp } from '../../format/dates';
import { CorrectionForm } from './CorrectionForm';
import { CorrectionsTable } from './CorrectionsTable';
import { DISPUTE_STATUS } from './status';
import { formatWaiting, useNow, waitedSeconds } from './waiting';

const move = (id: number, status: DisputeStatusValue, resolution: string) =>
  api.call('disputes.setStatus', { id, status, resolution });

export function DisputeDetail({ dispute, currency }: { dispute: DisputeItem; currency: string }) {
  const now = useNow();
  const [resolution, setResolution] = useState(dispute.resolution);
  const [adding, setAdding] = useState(false);
  const action = useAsyncAction(move);
  const resolved = dispute.status.startsWith('resolved');
  const figure = dispute.subject === 'tier' ? 'Tier' : (dispute.kpiName ?? dispute.kpiKey);
  return (
    <Paper withBorder p="sm" data-testid="dispute-detail" data-dispute-id={dispute.id}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} fz="md">
            <Link to={`/partners/${encodeURIComponent(dispute.partner.externalId)}`}>
              {dispute.partner.name}
            </Link>{' '}
            disputes {figure} of {dispute.periodLabel}
          </Title>
          <Group gap="xs">
            <Badge
              color={DISPUTE_STATUS[dispute.status].color}
              variant="light"
              data-testid="dispute-status"
            >
              {DISPUTE_STATUS[dispute.status].label}
            </Badge>
            <Text size="xs" c="dimmed">
              {resolved ? 'waited' : 'waiting'} {formatWaiting(waitedSeconds(dispute, now))}
            </Text>
          </Group>
        </Group>
        <Text size="sm">
          <b>Reason:</b> {dispute.reason}
        </Text>
        {dispute.evidence && (
          <Text size="sm">
            <b>Evidence:</b> {dispute.evidence}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          Opened {formatTimestamp(dispute.openedAt)}
          {dispute.raisedBy && ` by ${dispute.raisedBy}`}
          {dispute.resolvedAt && ` · resolved ${formatTimestamp(dispute.resolvedAt)}`}
        </Text>
        <Title order={3} fz="sm" mt="xs">
          Corrections
        </Title>
        {dispute.corrections.length === 0 ? (
          <Text size="sm" c="dimmed">
            No correction recorded for this dispute.
          </Text>
        ) : (
          <CorrectionsTable corrections={dispute.corrections} currency={currency} />
        )}
        {adding ? (
          <CorrectionForm dispute={dispute} onDone={() => setAdding(false)} />
        ) : (
          !resolved && (
            <Group>
              <Button
                size="xs"
                variant="light"
                onClick={() => setAdding(true)}
                data-testid="record-correction"
              >
                Record a correction…
              </Button>
            </Group>
          )
        )}
        <Title order={3} fz="sm" mt="xs">
          Resolution
        </Title>
        <Textarea
          size="xs"
          autosize
          minRows={1}
          placeholder="What the partner is told: what was checked, what changed"
          value={resolution}
          onChange={(e) => setResolution(e.currentTarget.value)}
          data-testid="dispute-resolution"
        />
        <Group gap="xs">
          {dispute.status === 'open' && (
            <Button
              size="xs"
              variant="default"
              loading={action.pending}
              onClick={() => void action.run(dispute.id, 'under_review', resolution)}
            >
              Start review
            </Button>
          )}
          {!resolved && (
            <>
              <Button
                size="xs"
                color="green"
                loading={action.pending}
                onClick={() => void action.run(dispute.id, 'resolved_upheld', resolution)}
                data-testid="resolve-upheld"
              >
                Resolve: upheld
              </Button>
              <Button
                size="xs"
                variant="default"
                loading={action.pending}
                onClick={() => void action.run(dispute.id, 'resolved_rejected', resolution)}
              >
                Resolve: rejected
              </Button>
            </>
          )}
          {resolved && (
            <Button
              size="xs"
              variant="default"
              loading={action.pending}
              onClick={() => void action.run(dispute.id, 'under_review', '')}
            >
              Reopen for review
            </Button>
          )}
        </Group>
        {action.error && (
          <ApiErrorAlert
            error={action.error}
            context="Updating the dispute"
            onClose={action.clearError}
          />
        )}
      </Stack>
    </Paper>
  );
}
