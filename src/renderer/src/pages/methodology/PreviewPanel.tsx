import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { SEGMENTS } from '../../../../shared/api';
import { ChartCard } from '../../charts/ChartCard';
import { EChart } from '../../charts/EChart';
import { SEGMENT_BADGE, tierBadgeColor, useChartPalette } from '../../charts/palette';
import { scoreDistributionOption } from '../../charts/score-distribution-option';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { GateBlocksAlert } from '../../components/GateBlocksAlert';
import { LoadingState } from '../../components/LoadingState';
import { formatScore, formatSignedScore } from '../../components/value-format';
import { useEditorStore } from './editor-store';
import { usePreview } from './use-preview';

/** The engine refused the edited definition: the fix is in the editor, not in the data. */
const METHODOLOGY_ERROR_GUIDANCE = {
  title: 'This methodology cannot score yet',
  action: 'Fix what the message names; the preview updates as you edit.',
};

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </div>
  );
}

/** The score distribution the edited methodology gives, and how tiers move against the published one. */
export function PreviewPanel({
  methodologyId,
  hasPublished,
}: {
  methodologyId: number;
  hasPublished: boolean;
}) {
  const definition = useEditorStore((s) => s.definition);
  const preview = usePreview(definition, hasPublished ? methodologyId : null);
  const palette = useChartPalette();
  const data = preview.data;
  const option = useMemo(
    () =>
      data
        ? scoreDistributionOption(data.summary.histogramByTier, definition?.tiers ?? [], palette)
        : null,
    [data, definition?.tiers, palette],
  );
  if (!data && preview.error)
    return (
      <ApiErrorAlert
        error={preview.error}
        context="Previewing the scores"
        {...METHODOLOGY_ERROR_GUIDANCE}
      />
    );
  if (!data || !option)
    return <LoadingState label="Scoring every partner with this methodology…" />;
  const { summary } = data;
  const title = 'How would partners score with this methodology?';
  return (
    <Stack gap="sm" style={{ position: 'sticky', top: 70 }} data-testid="methodology-preview">
      {preview.error && (
        <ApiErrorAlert
          error={preview.error}
          context="This version cannot be scored"
          {...METHODOLOGY_ERROR_GUIDANCE}
        />
      )}
      <GateBlocksAlert blocks={summary.gateBlocks} compact />
      <ChartCard
        title={title}
        note={`${data.period.label}${preview.pending ? ' · updating…' : ` · ${Math.round(data.scoreMs)} ms${data.fastPath ? ' (weights only)' : ''}`}`}
        testId="preview-distribution"
      >
        <EChart option={option} height={220} label={title} />
      </ChartCard>
      <Paper withBorder p="sm">
        <SimpleGrid cols={4}>
          <Stat label="Partners scored" value={String(summary.scored)} />
          <Stat
            label="Median"
            value={summary.median === null ? '—' : formatScore(summary.median)}
          />
          <Stat label="Low coverage" value={String(summary.lowCoverage)} />
          <Stat
            label="vs published"
            value={data.meanChange === null ? '—' : `${formatSignedScore(data.meanChange)} mean`}
          />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="sm">
        <Title order={3} fz="sm" mb={4}>
          Partners per tier and segment
        </Title>
        <Group gap="xs" mb="xs" data-testid="preview-tiers">
          {data.tiers.map((t, i) => (
            <Badge key={t} color={tierBadgeColor(i)} variant="dot">
              {t} {summary.tierCounts[t] ?? 0}
            </Badge>
          ))}
        </Group>
        <Group gap="xs">
          {SEGMENTS.map((s) => (
            <Badge key={s} color={SEGMENT_BADGE[s]} variant="outline">
              {s} {summary.segmentCounts[s]}
            </Badge>
          ))}
        </Group>
      </Paper>
      {data.baseline && (
        <Paper withBorder p="sm" data-testid="preview-moves">
          <Title order={3} fz="sm" mb={4}>
            Who changes tier against published version {data.baseline.version}?
          </Title>
          {data.tierMoves.length === 0 ? (
            <Text size="sm" c="dimmed">
              No partner changes tier.
            </Text>
          ) : (
            <Table verticalSpacing={2}>
              <Table.Tbody>
                {data.tierMoves.slice(0, 8).map((m) => (
                  <Table.Tr key={`${m.from}-${m.to}`}>
                    <Table.Td>
                      {m.from ?? 'unscored'} → {m.to ?? 'unscored'}
                    </Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {m.count} {m.count === 1 ? 'partner' : 'partners'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      )}
    </Stack>
  );
}
