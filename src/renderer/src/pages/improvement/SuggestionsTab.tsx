import { Badge, Button, Group, Paper, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImprovementOptions, SuggestedIssue, SuggestionRule } from '../../../../shared/api';
import { ROOT_CAUSE_LABELS } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { formatMoney, formatNumber } from '../../components/value-format';
import { useApiQuery } from '../../hooks/use-api-query';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';
import { NO_SHRINK } from '../risks/severity';
import { SEVERITY_COLORS } from './labels';

const RULE_LABELS: Record<SuggestionRule, string> = {
  regressing: 'Regressing',
  stagnating: 'Stagnating',
  bottom_quartile: 'Bottom quartile',
  risk: 'Risk flag',
  cohort: 'Cohort',
};

/** Issues drafted from the data: accept one as an issue or dismiss it (it stays dismissed). */
export function SuggestionsTab({
  options,
  onAccepted,
}: {
  options: ImprovementOptions;
  onAccepted: (id: number) => void;
}) {
  const [period, setPeriod] = useState<string | null>(null);
  const [limit, setLimit] = useState(50);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const list = useApiQuery('improvement.suggestions', { ...(period ? { period } : {}), limit });
  const periods = useApiQuery('views.options', {});
  const act = async (s: SuggestedIssue, accept: boolean) => {
    setBusy(s.key);
    setError(null);
    try {
      if (accept) onAccepted((await api.call('improvement.acceptSuggestion', { key: s.key })).id);
      else await api.call('improvement.dismissSuggestion', { keys: [s.key], reason: '' });
    } catch (e) {
      setError(toErrorInfo(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Select
            size="xs"
            w={140}
            aria-label="Period"
            placeholder="Latest period"
            clearable
            data={(periods.data?.periods ?? [])
              .map((p) => ({ value: p.key, label: p.label }))
              .reverse()}
            value={period}
            onChange={setPeriod}
          />
          <Text size="xs" c="dimmed">
            Regressing or stagnating scores, KPIs in the bottom peer quartile, risk flags and
            cohorts regressing together; biggest impact first.
          </Text>
        </Group>
        {list.data && (
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {list.data.accepted} accepted · {list.data.dismissed} dismissed
            </Text>
            {list.data.dismissed > 0 && (
              <Button
                size="xs"
                variant="subtle"
                onClick={() => void api.call('improvement.restoreSuggestions', {})}
              >
                Show dismissed again
              </Button>
            )}
          </Group>
        )}
      </Group>
      {error && (
        <ApiErrorAlert error={error} context="Suggested issue" onClose={() => setError(null)} />
      )}
      {list.status === 'loading' && <LoadingState label="Drafting issues from the data…" />}
      {list.status === 'error' && <ApiErrorAlert error={list.error} onRetry={list.reload} />}
      {list.status === 'success' &&
        (list.data.suggestions.length === 0 ? (
          <Text size="sm" c="dimmed" py="md">
            Nothing to suggest for {list.data.period.label}.
          </Text>
        ) : (
          <>
            <Table fz="sm" verticalSpacing={4} striped data-testid="suggestions-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Finding</Table.Th>
                  <Table.Th>Evidence</Table.Th>
                  <Table.Th>Root cause (draft)</Table.Th>
                  <Table.Th className="num">At stake</Table.Th>
                  <Table.Th w={170} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.suggestions.map((s) => (
                  <Table.Tr key={s.key} data-suggestion={s.key}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Badge
                          style={NO_SHRINK}
                          size="xs"
                          color={SEVERITY_COLORS[s.severity]}
                          variant="light"
                        >
                          {s.severity}
                        </Badge>
                        <Badge style={NO_SHRINK} size="xs" variant="outline" color="gray">
                          {RULE_LABELS[s.rule]}
                        </Badge>
                      </Group>
                      <Text size="sm" fw={500}>
                        {s.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {s.subject}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{s.evidence}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{ROOT_CAUSE_LABELS[s.rootCause]}</Text>
                    </Table.Td>
                    <Table.Td className="num">
                      <Text size="xs">
                        {s.impactScore !== null ? `${formatNumber(s.impactScore, 1)} pts` : ''}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {s.impactRevenue !== null
                          ? formatMoney(s.impactRevenue, options.currency, true)
                          : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-xs"
                          loading={busy === s.key}
                          onClick={() => void act(s, true)}
                        >
                          Accept
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="default"
                          disabled={busy === s.key}
                          onClick={() => void act(s, false)}
                        >
                          Dismiss
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {list.data.more > 0 && (
              <Group justify="center" mt="xs">
                <Button size="xs" variant="subtle" onClick={() => setLimit((n) => n + 50)}>
                  Show {Math.min(50, list.data.more)} more of {list.data.more}
                </Button>
              </Group>
            )}
          </>
        ))}
    </Paper>
  );
}
