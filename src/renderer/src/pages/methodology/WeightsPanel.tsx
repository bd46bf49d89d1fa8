import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { groupKeys, type KpiInfo, type KpiLibrary } from '../../../../shared/api';
import { useEditorStore } from './editor-store';
import { KpiPicker } from './KpiPicker';
import { groupLabel } from './hierarchy';
import { describeNormaliser } from './labels';
import { formatShare, groupOf, kpiShares, normaliseTo100 } from './weights';

interface Props {
  catalogue: Map<string, KpiInfo>;
  library: KpiLibrary;
}

/** Group weights and KPI weights, each with its share of the composite; auto-normalise to 100. */
export function WeightsPanel({ catalogue, library }: Props) {
  const def = useEditorStore((s) => s.definition)!;
  const update = useEditorStore((s) => s.update);
  const [picking, setPicking] = useState(false);
  const shares = kpiShares(def, catalogue);
  const groups = (def.groups ? def.groups.map((g) => g.key) : groupKeys(def.grouping)).filter((g) =>
    def.kpis.some((k) => groupOf(catalogue.get(k.kpi), def) === g),
  );
  const groupTotal = groups.reduce((sum, g) => sum + (def.groupWeights[g] ?? 0), 0);

  const setGroupWeight = (g: string, w: number) =>
    update((d) => ({ ...d, groupWeights: { ...d.groupWeights, [g]: w } }));
  const setKpiWeight = (key: string, w: number) =>
    update((d) => ({ ...d, kpis: d.kpis.map((k) => (k.kpi === key ? { ...k, weight: w } : k)) }));
  const normaliseGroups = () =>
    update((d) => {
      const rounded = normaliseTo100(groups.map((g) => d.groupWeights[g] ?? 0));
      return {
        ...d,
        groupWeights: {
          ...d.groupWeights,
          ...Object.fromEntries(groups.map((g, i) => [g, rounded[i]!])),
        },
      };
    });
  const normaliseKpis = (g: string) =>
    update((d) => {
      const members = d.kpis.filter((k) => groupOf(catalogue.get(k.kpi), d) === g);
      const rounded = normaliseTo100(members.map((k) => k.weight));
      const byKey = new Map(members.map((k, i) => [k.kpi, rounded[i]!]));
      return {
        ...d,
        kpis: d.kpis.map((k) => (byKey.has(k.kpi) ? { ...k, weight: byKey.get(k.kpi)! } : k)),
      };
    });

  return (
    <Stack gap="sm">
      <Paper withBorder p="sm">
        <Group justify="space-between" mb="xs">
          <Title order={3} fz="sm">
            {def.groups
              ? 'How much does each group of KPIs count within its parent?'
              : `How much does each ${def.grouping === 'category' ? 'category' : 'perspective'} count?`}
          </Title>
          <Button size="compact-xs" variant="subtle" onClick={normaliseGroups}>
            Make them add up to 100
          </Button>
        </Group>
        <Group gap="md" data-testid="group-weights">
          {groups.map((g) => (
            <NumberInput
              key={g}
              label={groupLabel(def, g)}
              description={
                groupTotal > 0 ? formatShare((def.groupWeights[g] ?? 0) / groupTotal) : '—'
              }
              w={130}
              min={0}
              value={def.groupWeights[g] ?? 0}
              onChange={(v) => setGroupWeight(g, Number(v) || 0)}
            />
          ))}
        </Group>
      </Paper>
      {groups.map((g) => (
        <Paper withBorder p="sm" key={g}>
          <Group justify="space-between" mb={4}>
            <Title order={3} fz="sm">
              {groupLabel(def, g)} KPIs
            </Title>
            <Button size="compact-xs" variant="subtle" onClick={() => normaliseKpis(g)}>
              Make them add up to 100
            </Button>
          </Group>
          <Table highlightOnHover verticalSpacing={4} data-testid={`kpis-${g}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>KPI</Table.Th>
                <Table.Th>Normalisation</Table.Th>
                <Table.Th w={110}>Weight</Table.Th>
                <Table.Th w={90} ta="right">
                  Share
                </Table.Th>
                <Table.Th w={36} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {def.kpis
                .filter((k) => groupOf(catalogue.get(k.kpi), def) === g)
                .map((k) => {
                  const info = catalogue.get(k.kpi);
                  return (
                    <Table.Tr key={k.kpi}>
                      <Table.Td>
                        <Tooltip label={info?.definition ?? k.kpi} multiline w={320}>
                          <Text size="sm">{info?.name ?? k.kpi}</Text>
                        </Tooltip>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed">
                          {describeNormaliser(k.normaliser)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          size="xs"
                          min={0}
                          aria-label={`Weight of ${info?.name ?? k.kpi}`}
                          value={k.weight}
                          onChange={(v) => setKpiWeight(k.kpi, Number(v) || 0)}
                        />
                      </Table.Td>
                      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {formatShare(shares.get(k.kpi) ?? 0)}
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Remove ${info?.name ?? k.kpi}`}
                          disabled={def.kpis.length === 1}
                          onClick={() =>
                            update((d) => ({ ...d, kpis: d.kpis.filter((x) => x.kpi !== k.kpi) }))
                          }
                        >
                          ×
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
      <Group>
        <Button variant="light" onClick={() => setPicking(true)}>
          Add KPIs…
        </Button>
        <Text size="xs" c="dimmed">
          Shares are of the composite for a partner with data in every KPI; a missing KPI’s weight
          is spread over the partner’s other KPIs of the same group.
        </Text>
      </Group>
      <KpiPicker opened={picking} onClose={() => setPicking(false)} library={library} />
    </Stack>
  );
}
