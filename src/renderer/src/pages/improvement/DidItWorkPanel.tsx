import { Alert, Group, Paper, Select, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ImprovementOptions } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { formatKpiValue } from '../../components/value-format';
import { useApiQuery } from '../../hooks/use-api-query';

/**
 * Did it work: partners whose actions completed against similar partners without actions (same
 * type, region and tier, nearest baseline score), the difference in differences with a seeded
 * bootstrap interval — an observational comparison, never proof.
 */
export function DidItWorkPanel({ options }: { options: ImprovementOptions }) {
  const [kpi, setKpi] = useState('score');
  const result = useApiQuery('improvement.didItWork', { kpi });
  const unit = options.kpis.find((k) => k.key === kpi)?.unit ?? 'score';
  const f = (v: number | null | undefined) => formatKpiValue(v, unit, options.currency, true);
  const signed = (v: number) => `${v > 0 ? '+' : ''}${f(v)}`;
  return (
    <Paper withBorder p="sm" data-testid="did-it-work">
      <Group justify="space-between" mb="xs">
        <Title order={2}>Did the completed actions work?</Title>
        <Select
          size="xs"
          w={220}
          aria-label="KPI compared"
          searchable
          allowDeselect={false}
          data={options.kpis.map((k) => ({ value: k.key, label: k.name }))}
          value={kpi}
          onChange={(v) => v && setKpi(v)}
        />
      </Group>
      {result.status === 'loading' && <LoadingState label="Matching partners…" />}
      {result.status === 'error' && <ApiErrorAlert error={result.error} onRetry={result.reload} />}
      {result.status === 'success' && (
        <>
          <Alert color="gray" variant="light" mb="xs" p="xs" data-testid="did-it-work-caveat">
            <Text size="xs">{result.data.caveat}</Text>
          </Alert>
          {result.data.estimate === null ? (
            <Text size="sm" c="dimmed">
              No completed action could be matched with a similar partner without actions yet.
            </Text>
          ) : (
            <Text size="sm" mb="xs" data-testid="did-it-work-estimate">
              Partners with completed actions moved <b>{signed(result.data.estimate)}</b> on{' '}
              {result.data.kpi.name} relative to matched partners without actions (
              {result.data.pairs.length} pair{result.data.pairs.length === 1 ? '' : 's'}
              {result.data.bootstrap
                ? `; 95% bootstrap interval ${signed(result.data.bootstrap.low)} to ${signed(result.data.bootstrap.high)}`
                : ''}
              {result.data.tInterval
                ? `; t interval ${signed(result.data.tInterval.low)} to ${signed(result.data.tInterval.high)}`
                : ''}
              ).
            </Text>
          )}
          {result.data.pairs.length > 0 && (
            <Table fz="xs" verticalSpacing={2} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>With completed action</Table.Th>
                  <Table.Th>Matched partner without</Table.Th>
                  <Table.Th>Cell</Table.Th>
                  <Table.Th className="num">Since</Table.Th>
                  <Table.Th className="num">Change with</Table.Th>
                  <Table.Th className="num">Change without</Table.Th>
                  <Table.Th className="num">Difference</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.data.pairs.map((p) => (
                  <Table.Tr key={`${p.treated.externalId}|${p.control.externalId}`}>
                    <Table.Td>{p.treated.name}</Table.Td>
                    <Table.Td>{p.control.name}</Table.Td>
                    <Table.Td>{p.cell}</Table.Td>
                    <Table.Td className="num">{p.baselinePeriod}</Table.Td>
                    <Table.Td className="num">{signed(p.treatedAfter - p.treatedBefore)}</Table.Td>
                    <Table.Td className="num">{signed(p.controlAfter - p.controlBefore)}</Table.Td>
                    <Table.Td className="num">{signed(p.difference)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {result.data.unmatched.length > 0 && (
            <Text size="xs" c="dimmed" mt={4}>
              Not compared: {result.data.unmatched.map((u) => `${u.name} (${u.reason})`).join('; ')}
              .
            </Text>
          )}
        </>
      )}
    </Paper>
  );
}
