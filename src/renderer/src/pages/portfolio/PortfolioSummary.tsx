import { Badge, Group, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import { SEGMENTS, type PortfolioTable } from '../../../../shared/api';
import { SEGMENT_BADGE } from '../../charts/palette';
import { formatScore } from '../../components/value-format';

/** One line: what was scored, with which methodology, and the segment counts of the rows shown. */
export const PortfolioSummary = memo(function PortfolioSummary({
  data,
  rows,
}: {
  data: PortfolioTable;
  /** The rows the filters keep: the segment badges count these. */
  rows: number[];
}) {
  const m = data.methodology;
  const filtered = rows.length !== data.partnerId.length;
  const segmentCounts = useMemo(() => {
    const counts = Object.fromEntries(SEGMENTS.map((s) => [s, 0])) as Record<string, number>;
    for (const i of rows) {
      const s = data.segment[i];
      if (s) counts[s] = (counts[s] ?? 0) + 1;
    }
    return counts;
  }, [data, rows]);
  return (
    <Group gap="sm" wrap="wrap" data-testid="portfolio-summary">
      <Text size="sm">
        <b>{data.summary.scored.toLocaleString()}</b> partners scored for <b>{data.period.label}</b>{' '}
        with {m.name}
        {m.version !== null ? ` · version ${m.version}` : ''}
        {m.status === 'draft' ? ' (draft)' : ''}
        {data.summary.mean !== null ? ` · mean score ${formatScore(data.summary.mean)}` : ''}
        {data.summary.lowCoverage > 0
          ? ` · ${data.summary.lowCoverage.toLocaleString()} with low data coverage`
          : ''}
      </Text>
      <Group gap={6} data-testid="portfolio-segment-counts">
        {filtered && (
          <Text size="xs" c="dimmed">
            of the {rows.length.toLocaleString()} shown:
          </Text>
        )}
        {SEGMENTS.map((s) => (
          <Badge key={s} size="sm" radius="sm" variant="dot" color={SEGMENT_BADGE[s]}>
            {s} {(segmentCounts[s] ?? 0).toLocaleString()}
          </Badge>
        ))}
      </Group>
    </Group>
  );
});
