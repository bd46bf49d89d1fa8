import { Anchor, Badge, Select, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ActionStatus, BacklogAction } from '../../../../shared/api';
import { api } from '../../api/client';
import { formatKpiValue } from '../../components/value-format';
import { formatDue, STATUS_OPTIONS } from '../actions/action-status';
import { HORIZON_LABELS, SEVERITY_COLORS } from './labels';
import { NO_SHRINK } from '../risks/severity';
import { ProgressBadge } from './ProgressBadge';

interface BacklogTableProps {
  actions: BacklogAction[];
  currency: string;
  onError: (error: unknown) => void;
  /** Hide the issue column (inside an issue's detail). */
  showIssue?: boolean;
  onIssue?: (id: number) => void;
}

/** The action backlog by priority: what, for whom, baseline → now → target, by when, progress. */
export function BacklogTable({
  actions,
  currency,
  onError,
  showIssue = true,
  onIssue,
}: BacklogTableProps) {
  const setStatus = (a: BacklogAction, status: ActionStatus) =>
    api.call('improvement.updateAction', { id: a.id, status }).catch(onError);
  const value = (a: BacklogAction, v: number | null) =>
    a.kpiUnit ? formatKpiValue(v, a.kpiUnit, currency, true) : '—';
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table fz="sm" verticalSpacing={4} striped data-testid="backlog-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="num" w={40}>
              #
            </Table.Th>
            <Table.Th>Partner</Table.Th>
            {showIssue && <Table.Th>Issue</Table.Th>}
            <Table.Th>Action</Table.Th>
            <Table.Th>KPI</Table.Th>
            <Table.Th className="num">Baseline</Table.Th>
            <Table.Th className="num">Now</Table.Th>
            <Table.Th className="num">Target</Table.Th>
            <Table.Th className="num">Due</Table.Th>
            <Table.Th>Progress</Table.Th>
            <Table.Th w={140}>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((a) => (
            <Table.Tr key={a.id} data-action-id={a.id} data-status={a.status}>
              <Table.Td className="num">{a.status === 'done' ? '—' : a.priority}</Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/partners/${encodeURIComponent(a.partner.externalId)}`}
                  size="sm"
                >
                  {a.partner.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {a.partner.externalId} · {a.owner || 'no owner'}
                </Text>
              </Table.Td>
              {showIssue && (
                <Table.Td>
                  {a.issue ? (
                    <>
                      <Badge
                        style={NO_SHRINK}
                        size="xs"
                        color={SEVERITY_COLORS[a.issue.severity]}
                        variant="light"
                      >
                        {a.issue.severity}
                      </Badge>{' '}
                      <Anchor size="sm" component="button" onClick={() => onIssue?.(a.issue!.id)}>
                        {a.issue.title}
                      </Anchor>
                    </>
                  ) : (
                    <Text size="xs" c="dimmed">
                      QBR action
                    </Text>
                  )}
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm" td={a.status === 'done' ? 'line-through' : undefined}>
                  {a.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {[a.horizon ? HORIZON_LABELS[a.horizon] : null, a.successCriterion || null]
                    .filter(Boolean)
                    .join(' · ') || '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                {a.kpiName ?? '—'}
                {a.baselinePeriod && (
                  <Text size="xs" c="dimmed">
                    since {a.baselinePeriod}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="num">{value(a, a.baselineValue)}</Table.Td>
              <Table.Td className="num">
                {value(a, a.current)}
                {a.currentPeriod && (
                  <Text size="xs" c="dimmed">
                    {a.currentPeriod}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="num">{value(a, a.targetValue)}</Table.Td>
              <Table.Td className="num">
                {formatDue(a.dueDate)}
                {a.overdue && (
                  <Badge ml={6} size="xs" color="red" variant="light">
                    overdue
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <ProgressBadge action={a} />
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={`Status of ${a.title}`}
                  data={STATUS_OPTIONS}
                  value={a.status}
                  allowDeselect={false}
                  onChange={(v) => v && v !== a.status && void setStatus(a, v as ActionStatus)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
