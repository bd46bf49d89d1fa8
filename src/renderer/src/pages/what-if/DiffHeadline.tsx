import { memo } from 'react';
import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { WhatIfResult } from '../../../../shared/api';
import { formatNumber, formatSignedScore } from '../../components/value-format';
import { scopeLabel } from './ScopeSelect';
import { count } from './count';

function Stat({
  label,
  value,
  className,
  testId,
}: {
  label: string;
  value: ReactNode;
  className?: string;
  testId: string;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg" className={`tabular ${className ?? ''}`} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/** Moving up, moving down, unchanged, mean score change, and how long the engine took. */
export const DiffHeadline = memo(function DiffHeadline({
  result,
  pending,
}: {
  result: WhatIfResult;
  pending: boolean;
}) {
  const { moved } = result;
  return (
    <Paper withBorder p="sm" data-testid="whatif-headline">
      <Group justify="space-between" mb={6} gap="xs">
        <Text size="sm" fw={600}>
          Who changes tier?
        </Text>
        <Text size="xs" c="dimmed">
          {count(result.partners)} partners · {result.period.label} · {scopeLabel(result.scope)} ·
          against {result.baseline.name}
          {result.baseline.version !== null ? `, version ${result.baseline.version}` : ' (draft)'}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 3, sm: 5 }} spacing="sm">
        <Stat
          label="Moving up"
          value={`▲ ${count(moved.up)}`}
          className="wi-up"
          testId="moved-up"
        />
        <Stat
          label="Moving down"
          value={`▼ ${count(moved.down)}`}
          className="wi-down"
          testId="moved-down"
        />
        <Stat label="Unchanged" value={count(moved.same)} testId="moved-same" />
        <Stat
          label="Mean score change"
          value={result.meanChange === null ? '—' : formatSignedScore(result.meanChange)}
          testId="mean-change"
        />
        <Stat
          label={
            pending ? 'Engine · updating…' : `Engine${result.fastPath ? ' · weights only' : ''}`
          }
          value={`${formatNumber(result.engineMs, result.engineMs < 10 ? 1 : 0)} ms`}
          testId="engine-ms"
        />
      </SimpleGrid>
    </Paper>
  );
});
