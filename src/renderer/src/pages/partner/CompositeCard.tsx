import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { PartnerPage } from '../../../../shared/api';
import { compositeTrendOption } from '../../charts/composite-trend-option';
import { EChart } from '../../charts/EChart';
import { useChartPalette } from '../../charts/palette';
import { formatScore, formatSignedScore } from '../../components/value-format';

/** The composite score, its rank and change, and its trend against the tier bands. */
export function CompositeCard({ page }: { page: PartnerPage }) {
  const e = page.explanation;
  const palette = useChartPalette();
  const option = useMemo(
    () =>
      compositeTrendOption(
        e.trend.periods.map((p) => p.label),
        e.trend.periods.map((p) => p.composite),
        page.tiers,
        palette,
      ),
    [e, page.tiers, palette],
  );
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="composite-title">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={0}>
          <Title order={2} id="composite-title" fz="sm">
            Composite score, {e.period.label}
          </Title>
          <Text fz={40} fw={700} lh={1.1} data-testid="partner-composite" className="tabular">
            {e.composite === null ? '—' : formatScore(e.composite)}
          </Text>
          <Text size="xs" c="dimmed">
            {e.rank !== null
              ? `rank ${e.rank.toLocaleString()} of ${e.of.toLocaleString()}`
              : 'not ranked'}
            {e.trend.change !== null
              ? ` · ${formatSignedScore(e.trend.change)} vs previous period`
              : ''}
            {e.trend.flag ? ` · ${e.trend.flag}` : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {e.methodology.name}
            {e.methodology.version !== null
              ? ` · version ${e.methodology.version}`
              : ' · draft'} · {e.profile}
          </Text>
        </Stack>
      </Group>
      <EChart option={option} height={150} label="Composite score by period, with tier bands" />
    </Paper>
  );
}
