import {
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type { Horizon, ImprovementOptions, Issue } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatKpiValue } from '../../components/value-format';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';
import { inputScale } from './labels';
import { PartnerSelect } from './PartnerSelect';

/**
 * Plans an action for an issue: what, with whom (a cohort issue names the partner), the KPI it
 * should move and its target, owner, due date, success criterion, resources and contingency. The
 * KPI's value in the latest period is frozen as the baseline when the action is added.
 */
export function AddActionForm({ issue, options }: { issue: Issue; options: ImprovementOptions }) {
  const [partner, setPartner] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [kpiKey, setKpiKey] = useState<string | null>(issue.kpiKey);
  const [target, setTarget] = useState<number | string>('');
  const [dueDate, setDueDate] = useState('');
  const [owner, setOwner] = useState('');
  const [criterion, setCriterion] = useState('');
  const [resources, setResources] = useState('');
  const [contingency, setContingency] = useState('');
  const [horizon, setHorizon] = useState<Horizon>('quick_win');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [saving, setSaving] = useState(false);
  const kpi = options.kpis.find((k) => k.key === kpiKey) ?? null;
  const scale = inputScale(kpi?.unit);

  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      await api.call('improvement.addAction', {
        issueId: issue.id,
        ...(issue.cohort && partner ? { partner } : {}),
        title,
        kpiKey,
        targetValue: typeof target === 'number' ? target / scale : null,
        dueDate: dueDate || null,
        owner,
        successCriterion: criterion,
        resources,
        contingency,
        horizon,
      });
      setTitle('');
      setTarget('');
      setCriterion('');
      setResources('');
      setContingency('');
    } catch (e) {
      setError(toErrorInfo(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="sm" component="form" aria-label="Add an action">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          Add an action
        </Text>
        {issue.cohort && (
          <PartnerSelect
            label="With partner (of the cohort)"
            value={partner}
            onChange={setPartner}
          />
        )}
        <TextInput
          size="xs"
          label="Action"
          placeholder="e.g. Certification bootcamp for the sales engineers"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <SimpleGrid cols={3} spacing="xs">
          <Select
            size="xs"
            label="KPI it should move"
            clearable
            searchable
            data={options.kpis.map((k) => ({ value: k.key, label: k.name }))}
            value={kpiKey}
            onChange={setKpiKey}
          />
          <NumberInput
            size="xs"
            label={`Target${kpi ? ` (${kpi.direction === 'higher' ? 'at least' : 'at most'}${scale === 100 ? ', %' : ''})` : ''}`}
            value={target}
            onChange={setTarget}
            disabled={!kpi}
            decimalScale={4}
          />
          <TextInput
            size="xs"
            type="date"
            label="Target date"
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
          />
          <TextInput
            size="xs"
            label="Owner"
            value={owner}
            onChange={(e) => setOwner(e.currentTarget.value)}
          />
          <TextInput
            size="xs"
            label="Success criterion"
            value={criterion}
            onChange={(e) => setCriterion(e.currentTarget.value)}
          />
          <Stack gap={2}>
            <Text size="xs" fw={500}>
              Horizon
            </Text>
            <SegmentedControl
              size="xs"
              value={horizon}
              onChange={(v) => setHorizon(v as Horizon)}
              data={[
                { value: 'quick_win', label: 'Quick win' },
                { value: 'mid_term', label: 'Mid-term' },
              ]}
            />
          </Stack>
          <TextInput
            size="xs"
            label="Resources"
            value={resources}
            onChange={(e) => setResources(e.currentTarget.value)}
          />
          <TextInput
            size="xs"
            label="Contingency"
            value={contingency}
            onChange={(e) => setContingency(e.currentTarget.value)}
          />
        </SimpleGrid>
        {kpi && issue.kpiKey === kpi.key && issue.value !== null && (
          <Text size="xs" c="dimmed">
            {kpi.name} was {formatKpiValue(issue.value, kpi.unit, options.currency)} when the issue
            was found
            {issue.peerValue !== null
              ? `; peer median ${formatKpiValue(issue.peerValue, kpi.unit, options.currency)}`
              : ''}
            . The baseline is frozen from {options.period?.label ?? 'the latest period'} when you
            add the action.
          </Text>
        )}
        {error && <ApiErrorAlert error={error} context="Adding the action" />}
        <Group justify="flex-end">
          <Button
            size="xs"
            loading={saving}
            disabled={!title.trim() || (issue.cohort !== null && !partner)}
            onClick={() => void submit()}
          >
            Add action
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
