import { Paper, Progress, SimpleGrid, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { UncertaintyResult } from '../../../../shared/api';
import { ChartCard } from '../../charts/ChartCard';
import { EChart } from '../../charts/EChart';
import { useChartPalette } from '../../charts/palette';
import { rankIntervalOption } from '../../charts/rank-interval-option';
import { TableCard } from '../../components/TableCard';
import { formatNumber, formatShare } from '../../components/value-format';
import { count } from './count';
import { PartnerLink } from './PartnerLink';
import { FACTOR_LABELS } from './uncertainty-store';

const CHART = 'How sure is each partner’s rank?';
/** Partners drawn in the chart (best nominal rank first). */
const CHARTED = 50;

const duration = (ms: number) =>
  ms < 1000 ? `${formatNumber(ms, 0)} ms` : `${formatNumber(ms / 1000, 1)} s`;

const rank = (x: number) => formatNumber(x, 1);

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

function IndexBar({ value }: { value: number | null }) {
  if (value === null) return <>—</>;
  const clamped = Math.min(1, Math.max(0, value));
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 6, justifyContent: 'flex-end' }}>
      <span className="tabular">{formatNumber(value, 2)}</span>
      <Progress value={clamped * 100} w={60} size="sm" aria-hidden />
    </div>
  );
}

export function UncertaintyResults({ result }: { result: UncertaintyResult }) {
  const palette = useChartPalette();
  const option = useMemo(
    () =>
      rankIntervalOption(
        result.partners.slice(0, CHARTED).map((p) => ({
          name: p.name,
          nominalRank: p.nominalRank,
          medianRank: p.medianRank,
          lowRank: p.lowRank,
          highRank: p.highRank,
        })),
        palette,
      ),
    [result, palette],
  );
  return (
    <>
      <Paper withBorder p="sm" data-testid="uncertainty-summary">
        {result.cancelled && (
          <Text size="xs" c="orange" mb={4}>
            Cancelled: {count(result.completed)} of {count(result.samples)} samples were run.
          </Text>
        )}
        <SimpleGrid cols={4} spacing="sm">
          <Stat
            label="Mean rank shift"
            value={`${formatNumber(result.meanRankShift, 1)} places`}
            testId="mean-rank-shift"
          />
          <Stat
            label="Median 5–95 % width (listed)"
            value={`${formatNumber(result.medianIntervalWidth, 1)} places`}
          />
          <Stat
            label="Keep their tier"
            value={formatShare(result.meanKeepTier)}
            testId="mean-keep-tier"
          />
          <Stat
            label="Samples"
            value={`${count(result.completed)} · ${duration(result.ms)} · seed ${result.seed}`}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={6}>
          Tiers apply the methodology&apos;s thresholds and gates to each sample&apos;s composite: a
          normalisation or mean that spreads scores differently moves partners across thresholds
          even when their order holds. Untick a choice to see the others alone.
        </Text>
      </Paper>
      <TableCard
        title="Which choice moves the ranks most?"
        note={`Sobol indices of the mean rank shift · ${count(result.base)} × ${result.indices.length + 2} runs`}
      >
        <Table verticalSpacing={4} fz="sm" data-testid="uncertainty-indices">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Choice</Table.Th>
              <Table.Th>Drawn from</Table.Th>
              <Table.Th
                className="num"
                title="Share of the variance explained by this choice alone"
              >
                First order
              </Table.Th>
              <Table.Th className="num" title="Including its interactions with the other choices">
                Total order
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.indices.map((i) => (
              <Table.Tr key={i.factor} data-factor={i.factor}>
                <Table.Td>{FACTOR_LABELS[i.factor]}</Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {i.levels.join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td className="num">
                  <IndexBar value={i.first} />
                </Table.Td>
                <Table.Td className="num">
                  <IndexBar value={i.total} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt={4}>
          Estimates from random samples: small or slightly negative values mean “no effect”; more
          samples make them steadier.
        </Text>
      </TableCard>
      <ChartCard
        title={CHART}
        note={`top ${Math.min(CHARTED, result.partners.length)} by nominal rank · ${result.period.label}`}
        testId="uncertainty-chart"
      >
        <EChart option={option} height={260} label={CHART} />
      </ChartCard>
      <TableCard
        title="Rank and tier under every choice"
        note={`top ${count(result.partners.length)} of ${count(result.scored)}`}
      >
        <Table.ScrollContainer minWidth={420} mah={400}>
          <Table
            verticalSpacing={3}
            fz="sm"
            stickyHeader
            highlightOnHover
            data-testid="uncertainty-partners"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Partner</Table.Th>
                <Table.Th className="num">Rank</Table.Th>
                <Table.Th className="num">Median</Table.Th>
                <Table.Th className="num">5–95 %</Table.Th>
                <Table.Th className="num">Keeps tier</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.partners.map((p) => (
                <Table.Tr key={p.partnerId} data-partner={p.partnerId}>
                  <Table.Td maw={200}>
                    <PartnerLink externalId={p.partnerId} name={p.name} />
                    <Text size="xs" c="dimmed">
                      {p.partnerId}
                      {p.tier ? ` · ${p.tier}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td className="num">{p.nominalRank}</Table.Td>
                  <Table.Td className="num">{rank(p.medianRank)}</Table.Td>
                  <Table.Td className="num nowrap">
                    {rank(p.lowRank)}–{rank(p.highRank)}
                  </Table.Td>
                  <Table.Td className={`num ${p.keepTier < 0.8 ? 'wi-down' : ''}`}>
                    {formatShare(p.keepTier, 0)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </TableCard>
    </>
  );
}
