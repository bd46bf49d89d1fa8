import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type {
  ImprovementOptions,
  Issue,
  IssueStatus,
  RootCause,
  Severity,
} from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { formatKpiValue, formatMoney, formatNumber } from '../../components/value-format';
import { useApiQuery } from '../../hooks/use-api-query';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';
import { AddActionForm } from './AddActionForm';
import { BacklogTable } from './BacklogTable';
import {
  ISSUE_STATUS_OPTIONS,
  ROOT_CAUSE_OPTIONS,
  SEVERITY_COLORS,
  SEVERITY_OPTIONS,
} from './labels';
import { usePeriodLabel } from '../../format/use-period-label';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function IssueEditor({ issue, options }: { issue: Issue; options: ImprovementOptions }) {
  const periodLabel = usePeriodLabel();
  const [rootCause, setRootCause] = useState<RootCause>(issue.rootCause);
  const [severity, setSeverity] = useState<Severity>(issue.severity);
  const [status, setStatus] = useState<IssueStatus>(issue.status);
  const [analysis, setAnalysis] = useState(issue.analysis);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty =
    rootCause !== issue.rootCause ||
    severity !== issue.severity ||
    status !== issue.status ||
    analysis !== issue.analysis;
  const unit = options.kpis.find((k) => k.key === issue.kpiKey)?.unit ?? 'number';
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await api.call('improvement.updateIssue', {
        id: issue.id,
        rootCause,
        severity,
        status,
        analysis,
      });
    } catch (e) {
      setError(toErrorInfo(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Stack gap="xs">
      <SimpleGrid cols={4} spacing="xs">
        <Fact label="About">{issue.subject}</Fact>
        <Fact label="Found">{issue.foundOn}</Fact>
        <Fact
          label={`${issue.kpiName ?? 'KPI'} (${issue.periodKey ? periodLabel(issue.periodKey) : '—'})`}
        >
          {formatKpiValue(issue.value, unit, options.currency)}
          {issue.peerValue !== null &&
            ` vs peers ${formatKpiValue(issue.peerValue, unit, options.currency)}`}
        </Fact>
        <Fact label="Impact at stake">
          {[
            issue.impactScore !== null ? `${formatNumber(issue.impactScore, 1)} score pts` : null,
            issue.impactRevenue !== null
              ? formatMoney(issue.impactRevenue, options.currency, true)
              : null,
          ]
            .filter(Boolean)
            .join(' · ') || '—'}
        </Fact>
      </SimpleGrid>
      {issue.evidence && (
        <Text size="sm" c="dimmed">
          {issue.evidence}
        </Text>
      )}
      <SimpleGrid cols={3} spacing="xs">
        <Select
          size="xs"
          label="Root cause"
          allowDeselect={false}
          data={ROOT_CAUSE_OPTIONS}
          value={rootCause}
          onChange={(v) => v && setRootCause(v as RootCause)}
        />
        <Select
          size="xs"
          label="Severity"
          allowDeselect={false}
          data={SEVERITY_OPTIONS}
          value={severity}
          onChange={(v) => v && setSeverity(v as Severity)}
        />
        <Select
          size="xs"
          label="Status"
          allowDeselect={false}
          data={ISSUE_STATUS_OPTIONS}
          value={status}
          onChange={(v) => v && setStatus(v as IssueStatus)}
        />
      </SimpleGrid>
      <Textarea
        size="xs"
        label="Analysis (five whys, fishbone notes)"
        autosize
        minRows={2}
        maxRows={8}
        value={analysis}
        onChange={(e) => setAnalysis(e.currentTarget.value)}
      />
      {error && <ApiErrorAlert error={error} context="Saving the issue" />}
      <Group justify="flex-end">
        <Button size="xs" disabled={!dirty} loading={saving} onClick={() => void save()}>
          Save issue
        </Button>
      </Group>
    </Stack>
  );
}

/** One issue: evidence, root cause and analysis (editable), its actions and a form to add one. */
export function IssueDetail({ id, options }: { id: number; options: ImprovementOptions }) {
  const issue = useApiQuery('improvement.issue', { id });
  const actions = useApiQuery('improvement.actions', { status: 'all', issueId: id });
  const [error, setError] = useState<ErrorInfo | null>(null);
  if (issue.status === 'loading') return <LoadingState label="Loading the issue…" />;
  if (issue.status === 'error') return <ApiErrorAlert error={issue.error} onRetry={issue.reload} />;
  const i = issue.data;
  return (
    <Stack gap="sm" data-testid="issue-detail">
      <Paper withBorder p="sm">
        <Group justify="space-between" mb={6} wrap="nowrap">
          <Title order={2}>
            #{i.id} {i.title}
          </Title>
          <Badge color={SEVERITY_COLORS[i.severity]} variant="light">
            {i.severity}
          </Badge>
        </Group>
        <IssueEditor key={`${i.id}|${i.updatedAt}`} issue={i} options={options} />
      </Paper>
      <Paper withBorder p="sm">
        <Title order={2} mb={6}>
          Actions
        </Title>
        {error && (
          <ApiErrorAlert
            error={error}
            context="Updating the action"
            onClose={() => setError(null)}
          />
        )}
        {actions.status === 'success' &&
          (actions.data.length ? (
            <BacklogTable
              actions={actions.data}
              currency={options.currency}
              showIssue={false}
              onError={(e) => setError(toErrorInfo(e))}
            />
          ) : (
            <Text size="sm" c="dimmed" data-testid="issue-no-actions">
              No action yet: plan one below.
            </Text>
          ))}
        {actions.status === 'error' && (
          <ApiErrorAlert error={actions.error} onRetry={actions.reload} />
        )}
      </Paper>
      <AddActionForm key={i.id} issue={i} options={options} />
    </Stack>
  );
}
