import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { PartnerPage } from '../../../../shared/api';
import { Sparkline } from '../../components/Sparkline';
import { formatKpiValue } from '../../components/value-format';

/** One small line per KPI over every period (raw values), with the latest value and target. */
export function KpiTrends({ page }: { page: PartnerPage }) {
  const byKey = new Map(page.explanation.kpis.map((k) => [k.key, k]));
  const first = page.periods[0]?.label ?? '';
  const last = page.periods.at(-1)?.label ?? '';
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="kpi-trends-title">
      <Title order={2} fz="sm" id="kpi-trends-title" mb={6}>
        How has each KPI moved? {first} to {last}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 3, xl: 5 }} spacing="xs" verticalSpacing="xs">
        {page.kpiTrends.map((t) => {
          const k = byKey.get(t.key);
          if (!k) return null;
          const latest = [...t.values].reverse().find((v) => v !== null) ?? null;
          const target = [...t.targets].reverse().find((v) => v !== null) ?? null;
          return (
            <div key={t.key} data-testid="kpi-trend">
              <Text size="xs" fw={600} lineClamp={2} title={k.name} mih="2.5em" lh={1.25}>
                {k.name}
              </Text>
              <Sparkline
                values={t.values}
                width={150}
                height={32}
                fluid
                label={`${k.name} by period`}
                color="var(--mantine-color-blue-6)"
              />
              <Text size="xs" c="dimmed">
                {formatKpiValue(latest, k.unit, page.currency, true)}
                {target !== null
                  ? ` · target ${formatKpiValue(target, k.unit, page.currency, true)}`
                  : ''}
              </Text>
            </div>
          );
        })}
      </SimpleGrid>
    </Paper>
  );
}
