import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AlertItem, AlertKind } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { useApiQuery } from '../../hooks/use-api-query';
import { useAsyncAction } from '../../hooks/use-async-action';
import { NO_SHRINK, SEVERITY_COLOR } from '../risks/severity';
import { AlertSettingsMenu } from './AlertSettingsMenu';
import { useAlertsStore } from './alerts-store';

type Status = 'open' | 'done' | 'all';

const setDone = (ids: number[], done: boolean) => api.call('alerts.setDone', { ids, done });
const check = () => api.call('alerts.check', {});

function AlertRow({
  alert,
  onToggle,
  pending,
}: {
  alert: AlertItem;
  onToggle: (a: AlertItem) => void;
  pending: boolean;
}) {
  return (
    <Table.Tr data-testid="alert-row" data-alert-id={alert.id}>
      <Table.Td>
        <Badge style={NO_SHRINK} size="sm" variant="light" color={SEVERITY_COLOR[alert.severity]}>
          {alert.severity}
        </Badge>
      </Table.Td>
      <Table.Td className="nowrap">{alert.periodKey}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {alert.externalId ? (
            <Anchor
              component={Link}
              to={`/partners/${encodeURIComponent(alert.externalId)}`}
              inherit
            >
              {alert.title}
            </Anchor>
          ) : (
            alert.title
          )}
        </Text>
        <Text size="xs" c="dimmed">
          {alert.message}
        </Text>
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-xs"
          variant={alert.doneAt ? 'subtle' : 'light'}
          loading={pending}
          onClick={() => onToggle(alert)}
        >
          {alert.doneAt ? 'Reopen' : 'Done'}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function Inbox() {
  const [status, setStatus] = useState<Status>('open');
  const [kind, setKind] = useState<AlertKind | 'all'>('all');
  const bump = useAlertsStore((s) => s.bump);
  const inbox = useApiQuery('alerts.list', { status });
  const settings = useApiQuery('alerts.settings', {});
  const toggling = useAsyncAction(setDone);
  const checking = useAsyncAction(check);
  const [message, setMessage] = useState<string | null>(null);
  const changed = () => {
    inbox.reload();
    bump();
  };
  if (inbox.status === 'loading') return <LoadingState label="Comparing the latest periods…" />;
  if (inbox.status === 'error')
    return <ApiErrorAlert error={inbox.error} context="Alerts" onRetry={inbox.reload} />;
  const data = inbox.data;
  const shown = kind === 'all' ? data.alerts : data.alerts.filter((a) => a.kind === kind);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="sm">
          <SegmentedControl
            size="xs"
            aria-label="Which alerts"
            value={status}
            onChange={(v) => setStatus(v as Status)}
            data={[
              { value: 'open', label: `Open (${data.open})` },
              { value: 'done', label: `Done (${data.done})` },
              { value: 'all', label: 'All' },
            ]}
          />
          <SegmentedControl
            size="xs"
            aria-label="Kind of alert"
            value={kind}
            onChange={(v) => setKind(v as AlertKind | 'all')}
            data={[
              { value: 'all', label: 'Everything' },
              { value: 'risk', label: 'Risk flags' },
              { value: 'segment', label: 'Segment moves' },
            ]}
          />
        </Group>
        <Group gap="xs">
          {status === 'open' && shown.length > 0 && (
            <Button
              size="xs"
              variant="default"
              loading={toggling.pending}
              onClick={async () =>
                (
                  await toggling.run(
                    shown.map((a) => a.id),
                    true,
                  )
                ).ok && changed()
              }
            >
              Mark {shown.length} shown as done
            </Button>
          )}
          <AlertSettingsMenu
            settings={settings.data}
            onSaved={(closed) => {
              setMessage(
                closed > 0
                  ? `Alert settings saved; ${closed} open alert${closed === 1 ? '' : 's'} marked done.`
                  : 'Alert settings saved.',
              );
              settings.reload();
              changed();
            }}
          />
          <Button
            size="xs"
            variant="default"
            loading={checking.pending}
            onClick={async () => {
              const r = await checking.run();
              if (!r.ok) return;
              setMessage(
                `Compared ${r.value.previous || 'no earlier period'} with ${r.value.period}: ${r.value.created} new alert${r.value.created === 1 ? '' : 's'}.`,
              );
              changed();
            }}
          >
            Check now
          </Button>
        </Group>
      </Group>
      {message && (
        <Text size="sm" c="dimmed">
          {message}
        </Text>
      )}
      {(toggling.error ?? checking.error) && (
        <ApiErrorAlert error={(toggling.error ?? checking.error)!} context="Alerts" />
      )}
      <Paper withBorder p={0}>
        <Table aria-label="Alerts" verticalSpacing={6} horizontalSpacing="sm" fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Severity</Table.Th>
              <Table.Th>Period</Table.Th>
              <Table.Th>What happened</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((a) => (
              <AlertRow
                key={a.id}
                alert={a}
                pending={false}
                onToggle={async (alert) =>
                  (await toggling.run([alert.id], alert.doneAt === null)).ok && changed()
                }
              />
            ))}
            {shown.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text size="sm" c="dimmed" py="xs" data-testid="alerts-empty">
                    {status === 'open' ? 'Nothing to look at: no open alerts.' : 'No alerts here.'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
      {data.checked && (
        <Text size="xs" c="dimmed">
          The latest periods ({data.checked.previous} → {data.checked.period}) are compared whenever
          the data, the methodology or the thresholds change.
        </Text>
      )}
    </Stack>
  );
}

/** `#/alerts`: the inbox of segment moves and new risk flags between periods. */
export function AlertsPage() {
  return (
    <>
      <PageHeader
        title="Alerts"
        description="Partners that moved into Grow, Intervene or Exit review, and risk flags that started firing, between two periods."
      />
      <WorkspaceGate>{() => <Inbox />}</WorkspaceGate>
    </>
  );
}
