import { Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { SensitivityResult } from '../../../../shared/api';
import { ChartCard } from '../../charts/ChartCard';
import { EChart } from '../../charts/EChart';
import { useChartPalette } from '../../charts/palette';
import { stabilityHistogramOption } from '../../charts/stability-histogram-option';
import { formatNumber, formatShare } from '../../components/value-format';
import { TableCard } from '../../components/TableCard';
import { KnifeEdgeTable } from './KnifeEdgeTable';
import { TierTag } from './TierTag';
import { count } from './count';

const TITLE = 'How often do partners keep their tier?';

const duration = (ms: number) =>
  ms < 1000 ? `${formatNumber(ms, 0)} ms` : `${formatNumber(ms / 1000, 1)} s`;

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} className="tabular" data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

export function SensitivityResults({ result }: { result: SensitivityResult }) {
  const palette = useChartPalette();
  const option = useMemo(
    () => stabilityHistogramOption(result.stabilityHistogram, result.knifeEdgeBelow, palette),
    [result, palette],
  );
  const tiers = result.perTier.map((t) => t.tier);
  return (
    <>
      <Paper withBorder p="sm" data-testid="sensitivity-summary">
        {result.cancelled && (
          <Text size="xs" c="orange" mb={4}>
            Cancelled: {count(result.completed)} of {count(result.samples)} samples were run.
          </Text>
        )}
        <SimpleGrid cols={4} spacing="sm">
          <Stat
            label="Mean stability"
            value={formatShare(result.meanStability)}
            testId="mean-stability"
          />
          <Stat
            label={`Knife-edge (< ${formatShare(result.knifeEdgeBelow, 0)})`}
            value={`${count(result.knifeEdgeTotal)} of ${count(result.partners)}`}
            testId="knife-edge-total"
          />
          <Stat
            label="Samples"
            value={`${count(result.completed)} · ± ${formatShare(result.perturbation, 0)}`}
          />
          <Stat label="Took" value={`${duration(result.ms)} · seed ${result.seed}`} />
        </SimpleGrid>
      </Paper>
      <ChartCard title={TITLE} note={result.period.label} testId="sensitivity-histogram">
        <EChart option={option} height={180} label={TITLE} />
      </ChartCard>
      <TableCard title="How stable is each tier?">
        <Table verticalSpacing={4} fz="sm" data-testid="sensitivity-tiers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tier</Table.Th>
              <Table.Th className="num">Partners</Table.Th>
              <Table.Th className="num">Mean stability</Table.Th>
              <Table.Th className="num">On a knife-edge</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...result.perTier].reverse().map((t) => (
              <Table.Tr key={t.tier}>
                <Table.Td>
                  <TierTag tier={t.tier} tiers={tiers} />
                </Table.Td>
                <Table.Td className="num">{count(t.partners)}</Table.Td>
                <Table.Td className="num">{formatShare(t.meanStability)}</Table.Td>
                <Table.Td className={`num ${t.knifeEdge > 0 ? 'wi-down' : ''}`}>
                  {t.knifeEdge}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableCard>
      <KnifeEdgeTable result={result} tiers={tiers} />
    </>
  );
}
