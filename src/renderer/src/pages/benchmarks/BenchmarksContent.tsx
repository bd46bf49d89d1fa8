import { Stack, Tabs, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { BenchmarkOptions } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../hooks/use-api-query';
import { selectionInput, type Selection } from '../../stores/selection-store';
import { BaselinePanel } from './BaselinePanel';
import { BenchmarkControls } from './BenchmarkControls';
import { DistributionPanel } from './DistributionPanel';
import { LeagueTable } from './LeagueTable';
import { PartnerViewPanel } from './PartnerViewPanel';
import { ReferencesPanel } from './ReferencesPanel';
import { useBenchmarkParams, type BenchmarkTab } from './use-benchmark-params';

interface BenchmarksContentProps {
  options: BenchmarkOptions;
  selection: Selection;
}

/** The Benchmarks page once its options are known: controls, then one tab at a time. */
export function BenchmarksContent({ options, selection }: BenchmarksContentProps) {
  const [params, update] = useBenchmarkParams();
  const kpi = params.kpi && options.kpis.some((k) => k.key === params.kpi) ? params.kpi : 'score';
  const groupBy = params.group ?? options.settings.defaultGroupBy;
  const sizeBy = params.size ?? options.settings.sizeBy;
  const table = useApiQuery('benchmark.groups', {
    ...selectionInput(selection),
    kpis: [kpi],
    groupBy,
    sizeBy,
    partners: true,
  });
  const partners = useMemo(() => {
    const p = table.data?.partners;
    if (!p) return [];
    return p.externalId
      .map((id, i) => ({ value: id, label: `${p.name[i]!} (${id})` }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [table.data]);
  const currency = options.currency;

  return (
    <Stack gap="sm">
      <BenchmarkControls
        options={options}
        kpi={kpi}
        groupBy={groupBy}
        sizeBy={sizeBy}
        partner={params.partner}
        partners={partners}
        onChange={(patch) => update(patch)}
      />
      <Tabs
        value={params.tab}
        onChange={(v) => update({ tab: (v ?? 'distribution') as BenchmarkTab })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="distribution">Distribution</Tabs.Tab>
          <Tabs.Tab value="league">League table</Tabs.Tab>
          <Tabs.Tab value="baseline">Since baseline</Tabs.Tab>
          <Tabs.Tab value="partner">Partner view</Tabs.Tab>
          <Tabs.Tab value="references">References &amp; anonymity</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="distribution" pt="sm">
          <TableState query={table}>
            {(data) => (
              <DistributionPanel table={data} currency={currency} partner={params.partner} />
            )}
          </TableState>
        </Tabs.Panel>
        <Tabs.Panel value="league" pt="sm">
          <TableState query={table}>
            {(data) => (
              <LeagueTable
                table={data}
                kpiIndex={0}
                currency={currency}
                selection={selection}
                partner={params.partner}
              />
            )}
          </TableState>
        </Tabs.Panel>
        <Tabs.Panel value="baseline" pt="sm">
          <BaselinePanel
            selection={selection}
            kpi={kpi}
            groupBy={groupBy}
            sizeBy={sizeBy}
            currency={currency}
            periods={options.periods}
            baseline={params.baseline}
            onBaseline={(baseline) => update({ baseline })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="partner" pt="sm">
          <PartnerViewPanel
            partner={params.partner}
            selection={selection}
            sizeBy={sizeBy}
            currency={currency}
          />
        </Tabs.Panel>
        <Tabs.Panel value="references" pt="sm">
          <ReferencesPanel options={options} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

type TableQuery = ReturnType<typeof useApiQuery<'benchmark.groups'>>;

function TableState({
  query,
  children,
}: {
  query: TableQuery;
  children: (data: NonNullable<TableQuery['data']>) => React.ReactNode;
}) {
  if (query.status === 'loading') return <LoadingState label="Computing the benchmarks…" />;
  if (query.status === 'error')
    return <ApiErrorAlert error={query.error} context="Benchmarks" onRetry={query.reload} />;
  if (query.data.groups.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md">
        No partner has joined by this period; choose a later period.
      </Text>
    );
  }
  return <>{children(query.data)}</>;
}
