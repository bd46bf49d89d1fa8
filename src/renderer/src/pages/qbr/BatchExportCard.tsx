/**
 * Scorecards for many partners at once: a filter (region, program tier, manager or all), the
 * period, paper and audience, and a folder; progress with cancel, then what was written.
 */
import {
  Alert,
  Button,
  Code,
  Group,
  Paper,
  Progress,
  Select,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type {
  BatchFilter,
  BatchFilters,
  BatchResult,
  PaperSize,
  ScorecardVariant,
} from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../hooks/use-api-query';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';
import { useProgressStore } from '../../stores/progress-store';

type By = 'region' | 'tier' | 'manager' | 'all';

function choices(f: BatchFilters, by: By): string[] {
  return by === 'region'
    ? f.regions
    : by === 'tier'
      ? f.programTiers
      : by === 'manager'
        ? f.managers
        : [];
}

function BatchForm({ filters }: { filters: BatchFilters }) {
  const [by, setBy] = useState<By>('region');
  const [value, setValue] = useState<string | null>(null);
  const [period, setPeriod] = useState<string | null>(filters.defaultPeriod);
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [variant, setVariant] = useState<ScorecardVariant>('partner');
  const [outDir, setOutDir] = useState(
    `${filters.exportsDir}${filters.pathSeparator}${filters.defaultPeriod ?? 'scorecards'}`,
  );
  const [jobId, setJobId] = useState<string | null>(null);
  const [result, setResult] = useState<BatchResult | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const progress = useProgressStore((s) => (jobId ? s.tasks[`export:${jobId}`] : undefined));
  const running = jobId !== null;

  const start = async () => {
    const id = crypto.randomUUID();
    const filter: BatchFilter = by === 'all' ? { all: true } : { [by]: value ?? '' };
    setJobId(id);
    setResult(null);
    setError(null);
    try {
      setResult(
        await api.call('export.scorecardBatch', {
          jobId: id,
          filter,
          period: period ?? undefined,
          paper,
          variant,
          outDir,
        }),
      );
    } catch (e) {
      setError(toErrorInfo(e));
    } finally {
      setJobId(null);
    }
  };

  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end">
        <Select
          size="xs"
          w={130}
          label="Partners by"
          allowDeselect={false}
          value={by}
          onChange={(v) => {
            setBy((v as By) ?? 'region');
            setValue(null);
          }}
          data={[
            { value: 'region', label: 'Region' },
            { value: 'tier', label: 'Program tier' },
            { value: 'manager', label: 'Manager' },
            { value: 'all', label: 'All partners' },
          ]}
        />
        {by !== 'all' && (
          <Select
            size="xs"
            w={200}
            label={by === 'tier' ? 'Program tier' : by === 'manager' ? 'Manager' : 'Region'}
            searchable
            data={choices(filters, by)}
            value={value}
            onChange={setValue}
          />
        )}
        <Select
          size="xs"
          w={120}
          label="Quarter"
          allowDeselect={false}
          data={[...filters.periods].reverse().map((p) => ({ value: p.key, label: p.label }))}
          value={period}
          onChange={setPeriod}
        />
        <SegmentedControl
          size="xs"
          value={variant}
          onChange={(v) => setVariant(v as ScorecardVariant)}
          data={[
            { value: 'partner', label: 'Partner copy' },
            { value: 'internal', label: 'Internal' },
          ]}
          aria-label="Audience"
        />
        <SegmentedControl
          size="xs"
          value={paper}
          onChange={(v) => setPaper(v as PaperSize)}
          data={[
            { value: 'a4', label: 'A4' },
            { value: 'letter', label: 'Letter' },
          ]}
          aria-label="Paper size"
        />
      </Group>
      <Group gap="xs" align="flex-end">
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          label="Into the folder"
          value={outDir}
          onChange={(e) => setOutDir(e.currentTarget.value)}
          data-testid="batch-folder"
        />
        {running ? (
          <Button
            size="xs"
            color="red"
            variant="light"
            onClick={() => void api.call('export.cancel', { jobId: jobId! })}
          >
            Cancel
          </Button>
        ) : (
          <Button
            size="xs"
            disabled={(by !== 'all' && !value) || !outDir.trim()}
            onClick={() => void start()}
            data-testid="batch-start"
          >
            Print scorecards
          </Button>
        )}
      </Group>
      {running && (
        <Group gap="xs">
          <Progress
            style={{ flex: 1 }}
            value={(progress?.fraction ?? 0) * 100}
            aria-label="Batch progress"
          />
          <Text size="xs" c="dimmed" w={280} truncate="end">
            {progress?.label ?? 'Starting…'}
          </Text>
        </Group>
      )}
      {error && (
        <ApiErrorAlert
          error={error}
          context="Printing the scorecards"
          onClose={() => setError(null)}
        />
      )}
      {result && (
        <Alert
          color={result.failed ? 'orange' : 'green'}
          variant="light"
          data-testid="batch-result"
        >
          <Text size="sm">
            {result.status === 'cancelled' ? 'Cancelled: ' : ''}
            {result.written} of {result.total} scorecards written
            {result.failed ? `, ${result.failed} failed` : ''} in {(result.ms / 1000).toFixed(1)} s.
            Index: <Code>{result.indexPath}</Code>
          </Text>
        </Alert>
      )}
    </Stack>
  );
}

export function BatchExportCard() {
  const query = useApiQuery('export.batchFilters', {});
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="qbr-batch">
      <Title order={2} id="qbr-batch" mb={6}>
        Scorecards for many partners
      </Title>
      {query.status === 'loading' && <LoadingState label="Loading regions, tiers and managers…" />}
      {query.status === 'error' && <ApiErrorAlert error={query.error} onRetry={query.reload} />}
      {query.data && <BatchForm filters={query.data} />}
    </Paper>
  );
}
