import { Paper, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { PartnerPage } from '../../../../shared/api';
import { EChart } from '../../charts/EChart';
import { useChartPalette } from '../../charts/palette';
import { radarOption } from '../../charts/radar-option';

/** Category scores against the median of the partner's peer group. */
export function CategoryRadar({ page }: { page: PartnerPage }) {
  const palette = useChartPalette();
  const groups = page.explanation.groups;
  const option = useMemo(
    () =>
      radarOption(
        groups.map((g) => g.label),
        groups.map((g) => g.score),
        page.peers.groupMedians,
        page.peers.label,
        palette,
      ),
    [groups, page.peers, palette],
  );
  const title = `Stronger or weaker than peers? (${page.peers.label}, ${page.peers.size.toLocaleString()} partners)`;
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Title order={2} fz="sm">
        {title}
      </Title>
      <EChart option={option} height={230} label={title} />
    </Paper>
  );
}
