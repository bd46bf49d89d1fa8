import { Group, Paper, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImprovementOptions } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { formatCount } from '../../format/numbers';
import { useApiQuery } from '../../hooks/use-api-query';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';
import { BacklogTable } from './BacklogTable';

/** Every action (QBR actions included) by priority: severity and impact of its issue × urgency. */
export function BacklogTab({
  options,
  onIssue,
}: {
  options: ImprovementOptions;
  onIssue: (id: number) => void;
}) {
  const [status, setStatus] = useState<'open' | 'done' | 'all'>('open');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const actions = useApiQuery('improvement.actions', { status });
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <SegmentedControl
          size="xs"
          aria-label="Which actions"
          value={status}
          onChange={(v) => setStatus(v as 'open' | 'done' | 'all')}
          data={[
            { value: 'open', label: 'Open' },
            { value: 'done', label: 'Done' },
            { value: 'all', label: 'All' },
          ]}
        />
        <Text size="xs" c="dimmed">
          Priority = issue severity × score points at stake × urgency (overdue, due within 30 or 90
          days){actions.data ? ` · ${formatCount(actions.data.length, 'action')}` : ''}
        </Text>
      </Group>
      {error && (
        <ApiErrorAlert error={error} context="Updating the action" onClose={() => setError(null)} />
      )}
      {actions.status === 'loading' && <LoadingState label="Loading the backlog…" />}
      {actions.status === 'error' && (
        <ApiErrorAlert error={actions.error} onRetry={actions.reload} />
      )}
      {actions.status === 'success' &&
        (actions.data.length === 0 ? (
          <Text size="sm" c="dimmed" py="md">
            No {status === 'all' ? '' : status} action. Plan actions on an issue, or agree them on a
            partner’s QBR page.
          </Text>
        ) : (
          <BacklogTable
            actions={actions.data}
            currency={options.currency}
            onIssue={onIssue}
            onError={(e) => setError(toErrorInfo(e))}
          />
        ))}
    </Paper>
  );
}
