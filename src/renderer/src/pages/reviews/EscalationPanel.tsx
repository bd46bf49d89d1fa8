/** The escalation path (a workspace setting) and the open actions that reached a step. */
import {
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { EscalationLevel, EscalationSettings } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { formatCalendarDate } from '../../format/dates';
import { useApiQuery } from '../../hooks/use-api-query';
import { useAsyncAction } from '../../hooks/use-async-action';

const saveSettings = (s: EscalationSettings) => api.call('reviews.saveEscalationSettings', s);
const escalate = () => api.call('reviews.escalate', {});

const LEVEL: Record<EscalationLevel, { label: string; color: string }> = {
  owner: { label: 'Owner', color: 'gray' },
  manager: { label: 'Manager', color: 'orange' },
  program_lead: { label: 'Program lead', color: 'red' },
};

function SettingsForm({ value }: { value: EscalationSettings }) {
  const [s, setS] = useState(value);
  const action = useAsyncAction(saveSettings);
  const num = (v: string | number) => (typeof v === 'number' ? v : Number(v) || 0);
  return (
    <Stack gap="xs" data-testid="escalation-settings">
      <Text size="xs" c="dimmed">
        An open action past its due date stays with its owner, goes to the partner’s account manager
        after the first number of days overdue and to the program lead after the second.
      </Text>
      <Group gap="xs" align="flex-end">
        <NumberInput
          size="xs"
          w={170}
          label="To the manager after (days)"
          min={0}
          max={365}
          value={s.managerAfterDays}
          onChange={(v) => setS({ ...s, managerAfterDays: num(v) })}
        />
        <NumberInput
          size="xs"
          w={190}
          label="To the program lead after (days)"
          min={0}
          max={365}
          value={s.programLeadAfterDays}
          onChange={(v) => setS({ ...s, programLeadAfterDays: num(v) })}
        />
        <TextInput
          size="xs"
          w={200}
          label="Program lead"
          value={s.programLead}
          onChange={(e) => setS({ ...s, programLead: e.currentTarget.value })}
        />
        <Button size="xs" loading={action.pending} onClick={() => void action.run(s)}>
          Save path
        </Button>
      </Group>
      <Checkbox
        size="xs"
        label="Critical actions (the partner has an open high-severity alert) go to the manager at once"
        checked={s.criticalToManager}
        onChange={(e) => setS({ ...s, criticalToManager: e.currentTarget.checked })}
      />
      {action.error && <ApiErrorAlert error={action.error} onClose={action.clearError} />}
    </Stack>
  );
}

export function EscalationPanel() {
  const settings = useApiQuery('reviews.escalationSettings', {});
  const list = useApiQuery('reviews.escalations', {});
  const raise = useAsyncAction(escalate);
  const [raised, setRaised] = useState<number | null>(null);
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm">
        <Title order={2} mb={6}>
          Escalation path
        </Title>
        {settings.status === 'loading' && <LoadingState label="Loading…" />}
        {settings.status === 'error' && <ApiErrorAlert error={settings.error} />}
        {settings.status === 'success' && (
          <SettingsForm key={JSON.stringify(settings.data)} value={settings.data} />
        )}
      </Paper>
      <Paper withBorder p="sm">
        <Group justify="space-between" mb={6}>
          <Title order={2}>Overdue and critical actions</Title>
          <Group gap="xs">
            {raised !== null && (
              <Text size="xs" c="dimmed" data-testid="escalations-raised">
                {raised === 0 ? 'No new alert.' : `${raised} new alert${raised === 1 ? '' : 's'}.`}
              </Text>
            )}
            <Button
              size="xs"
              loading={raise.pending}
              onClick={() => void raise.run().then((r) => r.ok && setRaised(r.value.raised))}
            >
              Raise alerts
            </Button>
          </Group>
        </Group>
        {raise.error && <ApiErrorAlert error={raise.error} onClose={raise.clearError} />}
        {list.status === 'loading' && <LoadingState label="Loading actions…" />}
        {list.status === 'error' && <ApiErrorAlert error={list.error} onRetry={list.reload} />}
        {list.status === 'success' &&
          (list.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              No open action is overdue or critical.
            </Text>
          ) : (
            <Table fz="xs" striped data-testid="escalations-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Partner</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Due</Table.Th>
                  <Table.Th ta="right">Days overdue</Table.Th>
                  <Table.Th>With</Table.Th>
                  <Table.Th>Why</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((e) => (
                  <Table.Tr key={e.actionId}>
                    <Table.Td>{e.title}</Table.Td>
                    <Table.Td>
                      <a href={`#/partners/${encodeURIComponent(e.externalId)}`}>{e.partnerName}</a>
                    </Table.Td>
                    <Table.Td>{e.owner || '—'}</Table.Td>
                    <Table.Td>{e.dueDate ? formatCalendarDate(e.dueDate) : '—'}</Table.Td>
                    <Table.Td ta="right">{e.daysOverdue || '—'}</Table.Td>
                    <Table.Td>
                      <Badge size="xs" variant="light" color={LEVEL[e.level].color}>
                        {LEVEL[e.level].label}
                      </Badge>{' '}
                      {e.escalatedTo}
                    </Table.Td>
                    <Table.Td>{e.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ))}
      </Paper>
    </Stack>
  );
}
