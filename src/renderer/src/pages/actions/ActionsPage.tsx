import { Button, Group, Paper, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { sectionByKey } from '../../app/sections';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { useApiQuery } from '../../hooks/use-api-query';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';
import { ActionsTable } from './ActionsTable';
import { formatCount } from '../../format/numbers';

type StatusFilter = 'open' | 'done' | 'all';

function ActionsContent() {
  const [status, setStatus] = useState<StatusFilter>('open');
  const [owner, setOwner] = useState('');
  const [debouncedOwner] = useDebouncedValue(owner, 250);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const query = useApiQuery('qbr.actions', {
    status,
    ...(debouncedOwner.trim() ? { owner: debouncedOwner } : {}),
  });
  const overdue = query.data?.filter((a) => a.overdue).length ?? 0;
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <SegmentedControl
            size="xs"
            aria-label="Which actions"
            value={status}
            onChange={(v) => setStatus(v as StatusFilter)}
            data={[
              { value: 'open', label: 'Open' },
              { value: 'done', label: 'Done' },
              { value: 'all', label: 'All' },
            ]}
          />
          <TextInput
            size="xs"
            w={220}
            placeholder="Filter by owner"
            aria-label="Filter by owner"
            value={owner}
            onChange={(e) => setOwner(e.currentTarget.value)}
          />
        </Group>
        {query.data && (
          <Text size="xs" c="dimmed" data-testid="actions-count">
            {formatCount(query.data.length, 'action')}
            {overdue ? `, ${overdue} overdue` : ''}
          </Text>
        )}
      </Group>
      {error && (
        <ApiErrorAlert error={error} context="Updating the action" onClose={() => setError(null)} />
      )}
      {query.status === 'loading' && <LoadingState label="Loading actions…" />}
      {query.status === 'error' && <ApiErrorAlert error={query.error} onRetry={query.reload} />}
      {query.status === 'success' &&
        (query.data.length === 0 ? (
          <Text size="sm" c="dimmed" py="md" data-testid="actions-empty">
            {status === 'done'
              ? 'No action is done yet.'
              : 'No open actions. Agree actions with a partner on its QBR page (QBR section).'}
          </Text>
        ) : (
          <ActionsTable
            actions={query.data}
            showPartner
            onError={(e) => setError(toErrorInfo(e))}
          />
        ))}
    </Paper>
  );
}

/** `#/actions`: improvement actions across partners: owner, due date, status; mark them done. */
export function ActionsPage() {
  const section = sectionByKey('actions');
  return (
    <>
      <PageHeader
        title={section.title}
        description={section.purpose}
        actions={
          <Button component="a" href="#/reviews" size="xs" variant="default">
            Reviews and escalation
          </Button>
        }
      />
      <WorkspaceGate>{() => <ActionsContent />}</WorkspaceGate>
    </>
  );
}
