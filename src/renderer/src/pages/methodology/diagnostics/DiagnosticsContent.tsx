import { Badge, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { DiagnosticsKpi, DiagnosticsResult } from '../../../../../shared/api';
import { ChartCard } from '../../../charts/ChartCard';
import { correlationHeatmapOption } from '../../../charts/correlation-heatmap-option';
import { EChart } from '../../../charts/EChart';
import { importanceOption } from '../../../charts/importance-option';
import { useChartPalette } from '../../../charts/palette';
import { TableCard } from '../../../components/TableCard';
import { formatNumber, formatShare } from '../../../components/value-format';
import { groupsAsTree } from './groups-as-tree';

const HEATMAP = 'Which KPIs move together?';
const IMPORTANCE = 'Does each KPI weigh what it was given?';
/** Below this, a group's KPIs hardly measure one thing (a common rule of thumb). */
const LOW_ALPHA = 0.6;

/** Red text for a value that flags a problem. */
const flagged = (on: boolean) => (on ? { color: 'var(--mantine-color-red-text)' } : undefined);

const share = (x: number | null) => (x === null ? '—' : formatShare(x));
const r2 = (x: number | null) => (x === null ? '—' : formatNumber(x, 2));

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

function Flags({ kpi, redundant }: { kpi: DiagnosticsKpi; redundant: boolean }) {
  return (
    <>
      {redundant && (
        <Badge size="xs" color="orange" variant="light" mr={4}>
          redundant
        </Badge>
      )}
      {kpi.pullsAgainst && (
        <Badge size="xs" color="red" variant="light">
          pulls against
        </Badge>
      )}
    </>
  );
}

export function DiagnosticsContent({ result }: { result: DiagnosticsResult }) {
  const palette = useChartPalette();
  const heatmap = useMemo(
    () => correlationHeatmapOption(result.labels, result.matrix, palette),
    [result, palette],
  );
  const order = result.keys.filter((_, i) => result.kinds[i] === 'kpi');
  const kpis = order.map((k) => result.kpis.find((x) => x.key === k)!);
  const importance = useMemo(
    () =>
      importanceOption(
        kpis.map((k) => ({
          name: k.name,
          weight: k.weightShare,
          importance: k.importanceShare,
          suggested: k.suggestedShare,
        })),
        palette,
      ),
    [kpis, palette],
  );
  const nameOf = (key: string) => result.kpis.find((k) => k.key === key)?.name ?? key;
  const inPair = new Set(result.redundant.flatMap((p) => [p.a, p.b]));
  const groupLabel = (key: string) => result.groups.find((g) => g.key === key)?.label ?? key;
  const contrary = result.kpis.filter((k) => k.pullsAgainst).length;
  const lowAlpha = result.groups.filter((g) => g.alpha !== null && g.alpha < LOW_ALPHA).length;
  const size = Math.max(360, 26 * result.labels.length + 160);
  return (
    <Stack gap="sm" data-testid="diagnostics">
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Stat
            label="Partners"
            value={`${result.partners.toLocaleString()} · ${result.period.label}`}
          />
          <Stat
            label={`Redundant pairs (r ≥ ${formatNumber(result.redundantAt, 2)})`}
            value={String(result.redundant.length)}
            testId="redundant-count"
          />
          <Stat
            label="KPIs pulling against their group"
            value={String(contrary)}
            testId="contrary-count"
          />
          <Stat
            label={`Groups with alpha below ${LOW_ALPHA}`}
            value={`${lowAlpha} of ${result.groups.length}`}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={6}>
          {result.methodology.name}
          {result.methodology.version !== null ? ` · version ${result.methodology.version}` : ''} ·
          normalised KPI scores after the missing-data policy, global weights. Correlations use the
          partners that have both values.
        </Text>
      </Paper>

      <ChartCard
        title={HEATMAP}
        note="Pearson r: blue together, red against"
        testId="diagnostics-heatmap"
      >
        <EChart option={heatmap} height={size} label={HEATMAP} />
      </ChartCard>

      <TableCard title="Do the KPIs of a group measure one thing?" note="Cronbach’s alpha">
        <Table verticalSpacing={4} fz="sm" data-testid="diagnostics-groups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Group</Table.Th>
              <Table.Th className="num">KPIs</Table.Th>
              <Table.Th className="num" title="Over the partners that have every KPI of the group">
                Alpha
              </Table.Th>
              <Table.Th className="num">r with composite</Table.Th>
              <Table.Th className="num">Weight</Table.Th>
              <Table.Th className="num">Suggested weight</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groupsAsTree(result.groups).map(({ group: g, depth }) => (
              <Table.Tr key={g.key}>
                <Table.Td style={{ paddingLeft: 8 + 16 * depth }}>
                  {g.label}
                  {(g.groups?.length ?? 0) > 0 && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      + {g.groups!.length} {g.groups!.length === 1 ? 'group' : 'groups'}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className="num">{g.kpis.length}</Table.Td>
                <Table.Td
                  className="num"
                  style={flagged(g.alpha !== null && g.alpha < LOW_ALPHA)}
                  title={`${g.alphaRows.toLocaleString()} partners with every item of the group (its KPIs${g.groups?.length ? ' and its groups’ scores' : ''})`}
                >
                  {g.kpis.length + (g.groups?.length ?? 0) < 2 ? 'one item' : r2(g.alpha)}
                </Table.Td>
                <Table.Td className="num">{r2(g.correlation)}</Table.Td>
                <Table.Td className="num">{formatShare(g.weightShare)}</Table.Td>
                <Table.Td className="num">{formatNumber(g.suggestedWeight, 1)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableCard>

      <ChartCard
        title={IMPORTANCE}
        note={`Importance: r² with the composite, as a share · suggestion ${result.target === 'equal' ? 'for equal importance' : 'for importance as weighted'}`}
        testId="diagnostics-importance"
      >
        <EChart option={importance} height={300} label={IMPORTANCE} />
      </ChartCard>

      <TableCard
        title="What does each KPI really weigh?"
        note={`suggestion: ${result.suggestion.iterations} steps, gap ${result.suggestion.objectiveBefore.toExponential(1)} → ${result.suggestion.objective.toExponential(1)}`}
      >
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing={3} fz="sm" highlightOnHover data-testid="diagnostics-kpis">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>KPI</Table.Th>
                <Table.Th>Group</Table.Th>
                <Table.Th className="num" title="Group share × share within the group">
                  Weight
                </Table.Th>
                <Table.Th className="num" title="w · cov(KPI, composite) / var(composite)">
                  Variance share
                </Table.Th>
                <Table.Th className="num" title="w · σ / Σ w · σ">
                  Weight × spread
                </Table.Th>
                <Table.Th
                  className="num"
                  title="r² with the composite, as a share of the KPIs' sum"
                >
                  Importance
                </Table.Th>
                <Table.Th className="num" title="Pearson r with its own group's score">
                  r with group
                </Table.Th>
                <Table.Th className="num" title="Cronbach's alpha of the group without this KPI">
                  Alpha if dropped
                </Table.Th>
                <Table.Th>Flags</Table.Th>
                <Table.Th className="num" title="Suggested share of the composite">
                  Suggested
                </Table.Th>
                <Table.Th
                  className="num"
                  title="Suggested KPI weight within its group (the group's KPIs add up to 100)"
                >
                  Weight in group
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {kpis.map((k) => {
                const alpha = result.groups.find((g) => g.key === k.group)?.alpha ?? null;
                const better =
                  k.alphaIfDropped !== null && alpha !== null && k.alphaIfDropped > alpha;
                return (
                  <Table.Tr key={k.key} data-kpi={k.key}>
                    <Table.Td>{k.name}</Table.Td>
                    <Table.Td>{groupLabel(k.group)}</Table.Td>
                    <Table.Td className="num">{formatShare(k.weightShare)}</Table.Td>
                    <Table.Td className="num">{share(k.varianceShare)}</Table.Td>
                    <Table.Td className="num">{share(k.weightSpread)}</Table.Td>
                    <Table.Td className="num">{share(k.importanceShare)}</Table.Td>
                    <Table.Td className="num" style={flagged(k.pullsAgainst)}>
                      {r2(k.groupCorrelation)}
                    </Table.Td>
                    <Table.Td
                      className="num"
                      style={flagged(better)}
                      title={better ? 'The group is more consistent without it' : undefined}
                    >
                      {r2(k.alphaIfDropped)}
                    </Table.Td>
                    <Table.Td>
                      <Flags kpi={k} redundant={inPair.has(k.key)} />
                    </Table.Td>
                    <Table.Td className="num">{formatShare(k.suggestedShare)}</Table.Td>
                    <Table.Td className="num">{formatNumber(k.suggestedWeight, 1)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </TableCard>

      <TableCard
        title="Which KPIs say the same thing?"
        note={`pairs of one group with r ≥ ${formatNumber(result.redundantAt, 2)}`}
      >
        {result.redundant.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="diagnostics-redundant">
            No pair: no two KPIs of a group are that closely correlated.
          </Text>
        ) : (
          <Table verticalSpacing={3} fz="sm" data-testid="diagnostics-redundant">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>KPIs</Table.Th>
                <Table.Th>Group</Table.Th>
                <Table.Th className="num">r</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.redundant.map((p) => (
                <Table.Tr key={`${p.a}|${p.b}`}>
                  <Table.Td>
                    {nameOf(p.a)} and {nameOf(p.b)}
                  </Table.Td>
                  <Table.Td>{groupLabel(p.group)}</Table.Td>
                  <Table.Td className="num">{formatNumber(p.correlation, 3)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </TableCard>
    </Stack>
  );
}
