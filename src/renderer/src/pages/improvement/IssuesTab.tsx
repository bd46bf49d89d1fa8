import { Badge, Button, Grid, Group, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImprovementOptions } from '../../../../shared/api';
import { ROOT_CAUSE_LABELS } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { formatMoney, formatNumber } from '../../components/value-format';
import { formatCount } from '../../format/numbers';
import { useApiQuery } from '../../hooks/use-api-query';
import { IssueDetail } from './IssueDetail';
import { ISSUE_STATUS_LABELS, SEVERITY_COLORS } from './labels';
import { NO_SHRINK } from '../risks/severity';
import { NewIssueModal } from './NewIssueModal';

/** Issues, most severe first, and the selected one's detail with its actions. */
export function IssuesTab({
  options,
  selected,
  onSelect,
}: {
  options: ImprovementOptions;
  selected: number | null;
  onSelect: (id: number | null) => void;
}) {
  const [status, setStatus] = useState<'active' | 'all'>('active');
  const [creating, setCreating] = useState(false);
  const issues = useApiQuery('improvement.issues', { status });
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Paper withBorder p="sm">
          <Group justify="space-between" mb="xs">
            <SegmentedControl
              size="xs"
              aria-label="Which issues"
              value={status}
              onChange={(v) => setStatus(v as 'active' | 'all')}
              data={[
                { value: 'active', label: 'Open' },
                { value: 'all', label: 'All' },
              ]}
            />
            <Group gap="xs">
              {issues.data && (
                <Text size="xs" c="dimmed">
                  {formatCount(issues.data.length, 'issue')}
                </Text>
              )}
              <Button size="xs" onClick={() => setCreating(true)}>
                New issue…
              </Button>
            </Group>
          </Group>
          {issues.status === 'loading' && <LoadingState label="Loading issues…" />}
          {issues.status === 'error' && (
            <ApiErrorAlert error={issues.error} onRetry={issues.reload} />
          )}
          {issues.status === 'success' &&
            (issues.data.length === 0 ? (
              <Text size="sm" c="dimmed" py="md">
                No issue yet. Accept one from Suggested, or record one with New issue.
              </Text>
            ) : (
              <Table fz="sm" verticalSpacing={4} highlightOnHover data-testid="issues-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Issue</Table.Th>
                    <Table.Th>Root cause</Table.Th>
                    <Table.Th className="num">At stake</Table.Th>
                    <Table.Th className="num">Actions</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {issues.data.map((i) => (
                    <Table.Tr
                      key={i.id}
                      data-issue-id={i.id}
                      onClick={() => onSelect(i.id)}
                      style={{ cursor: 'pointer' }}
                      bg={selected === i.id ? 'var(--mantine-color-blue-light)' : undefined}
                    >
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Badge
                            style={NO_SHRINK}
                            size="xs"
                            color={SEVERITY_COLORS[i.severity]}
                            variant="light"
                          >
                            {i.severity}
                          </Badge>
                          <Text size="sm" fw={500}>
                            {i.title}
                          </Text>
                        </Group>
                        <Text size="xs" c="dimmed">
                          {i.subject} · {ISSUE_STATUS_LABELS[i.status]} · found {i.foundOn}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs">{ROOT_CAUSE_LABELS[i.rootCause]}</Text>
                      </Table.Td>
                      <Table.Td className="num">
                        <Text size="xs">
                          {i.impactScore !== null ? `${formatNumber(i.impactScore, 1)} pts` : ''}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {i.impactRevenue !== null
                            ? formatMoney(i.impactRevenue, options.currency, true)
                            : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td className="num">
                        <Text size="xs">
                          {i.actions.open} open · {i.actions.done} done
                        </Text>
                        {i.actions.overdue > 0 && (
                          <Badge size="xs" color="red" variant="light">
                            {i.actions.overdue} overdue
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ))}
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        {selected !== null ? (
          <IssueDetail key={selected} id={selected} options={options} />
        ) : (
          <Paper withBorder p="md">
            <Text size="sm" c="dimmed">
              Pick an issue to see its evidence, root cause and actions.
            </Text>
          </Paper>
        )}
      </Grid.Col>
      <NewIssueModal
        opened={creating}
        options={options}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          onSelect(id);
        }}
      />
    </Grid>
  );
}
