import { Paper, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { PartnerPage } from '../../../../shared/api';
import { EChart } from '../../charts/EChart';
import { useChartPalette } from '../../charts/palette';
import { waterfallOption } from '../../charts/waterfall-option';

/** Each KPI's points, largest first, adding up to the composite. */
export function ContributionWaterfall({ page }: { page: PartnerPage }) {
  const palette = useChartPalette();
  const e = page.explanation;
  const option = useMemo(() => {
    const steps = e.kpis
      .filter((k) => k.contribution > 0.005)
      .sort((a, b) => b.contribution - a.contribution)
      .map((k) => ({ label: k.name, value: k.contribution }));
    return waterfallOption(steps, e.composite ?? 0, palette);
  }, [e, palette]);
  const title = 'Why is the score what it is? Points from each KPI';
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Title order={2} fz="sm">
        {title}
      </Title>
      <EChart option={option} height={260} label={title} />
    </Paper>
  );
}
