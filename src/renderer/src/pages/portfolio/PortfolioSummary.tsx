import { Badge, Group, Text } from '@mantine/core';
import { memo } from 'react';
import { SEGMENTS, type PortfolioTable } from '../../../../shared/api';
import { SEGMENT_BADGE } from '../../charts/palette';
import { formatScore } from '../../components/value-format';

/** One line: what was scored, with which methodology, and the segment counts. */
export const PortfolioSummary = memo(function PortfolioSummary({ data }: { data: PortfolioTable }) {
  const m = data.methodology;
  return (
    <Group gap="sm" wrap="wrap" data-testid="portfolio-summary">
      <Text size="sm">
        <b>{data.summary.scored.toLocaleString()}</b> partners scored for <b>{data.period.label}</b>{' '}
        with {m.name}
        {m.version !== null ? ` v${m.version}` : ''}
        {m.status === 'draft' ? ' (draft)' : ''}
        {data.summary.mean !== null ? ` · mean score ${formatScore(data.summary.mean)}` : ''}
        {data.summary.lowCoverage > 0
          ? ` · ${data.summary.lowCoverage.toLocaleString()} with low data coverage`
          : ''}
      </Text>
      <Group gap={6}>
        {SEGMENTS.map((s) => (
          <Badge key={s} size="sm" radius="sm" variant="dot" color={SEGMENT_BADGE[s]}>
            {s} {data.summary.segmentCounts[s].toLocaleString()}
          </Badge>
        ))}
      </Group>
    </Group>
  );
});
