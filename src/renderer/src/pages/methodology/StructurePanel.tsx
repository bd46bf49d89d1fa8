import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type {
  AggregationRule,
  KpiInfo,
  KpiLibrary,
  MethodologyDefinition,
} from '../../../../shared/api';
import { useEditorStore } from './editor-store';
import {
  depths,
  groupKeyFor,
  groupLabel,
  hierarchyFromFamily,
  withoutHierarchy,
} from './hierarchy';
import { KpiPreparationTable } from './KpiPreparationTable';

const AGGREGATIONS = [
  { value: 'arithmetic', label: 'Arithmetic mean' },
  { value: 'geometric', label: 'Geometric mean' },
  { value: 'harmonic', label: 'Harmonic mean' },
  { value: 'power', label: 'Power mean (p)' },
];

function AggregationFields({
  value,
  onChange,
  label,
}: {
  value: AggregationRule | undefined;
  onChange: (a: AggregationRule | undefined) => void;
  label: string;
}) {
  const kind = value?.kind ?? 'arithmetic';
  return (
    <Group gap="xs" wrap="nowrap">
      <Select
        size="xs"
        w={170}
        title="Arithmetic: a strong KPI fully compensates a weak one. Geometric and harmonic means penalise imbalance (a zero makes the whole group zero); a power mean with p < 1 sits between."
        aria-label={label}
        data={AGGREGATIONS}
        value={kind}
        allowDeselect={false}
        onChange={(k) =>
          onChange(
            k === 'arithmetic'
              ? undefined
              : k === 'power'
                ? { kind: 'power', p: 0.5 }
                : ({ kind: k } as AggregationRule),
          )
        }
      />
      {value?.kind === 'power' && (
        <NumberInput
          size="xs"
          w={80}
          aria-label={`${label}: power p`}
          step={0.5}
          min={-10}
          max={10}
          value={value.p}
          onChange={(p) => onChange({ kind: 'power', p: Number(p) || 0 })}
        />
      )}
    </Group>
  );
}

type Mode = 'category' | 'perspective' | 'own';

/**
 * How KPIs are grouped and averaged: a built-in family, or the methodology's own hierarchy
 * (KPI → pillar → category → … → composite) with a weight and an aggregation per group; and
 * per KPI its denominator, imputation and outlier treatment.
 */
export function StructurePanel({
  catalogue,
  library,
}: {
  catalogue: Map<string, KpiInfo>;
  library: KpiLibrary;
}) {
  const def = useEditorStore((s) => s.definition)!;
  const update = useEditorStore((s) => s.update);
  const [newGroup, setNewGroup] = useState('');
  const mode: Mode = def.groups ? 'own' : def.grouping;
  const setMode = (m: Mode) =>
    update((d) => {
      if (m === 'own') return hierarchyFromFamily(d, catalogue, d.grouping);
      const flat = d.groups ? withoutHierarchy({ ...d, grouping: m }, catalogue) : d;
      return flat.grouping === m ? flat : withoutHierarchy({ ...flat, grouping: m }, catalogue);
    });
  const groups = def.groups ?? [];
  const depth = depths(groups);
  const editGroup = (
    key: string,
    change: (g: (typeof groups)[number]) => (typeof groups)[number],
  ) => update((d) => ({ ...d, groups: d.groups?.map((g) => (g.key === key ? change(g) : g)) }));
  const addGroup = () => {
    const label = newGroup.trim();
    if (!label) return;
    update((d) => {
      const key = groupKeyFor(label, d.groups ?? []);
      return {
        ...d,
        groups: [...(d.groups ?? []), { key, label }],
        groupWeights: { ...d.groupWeights, [key]: 20 },
      };
    });
    setNewGroup('');
  };
  const removeGroup = (key: string) =>
    update((d) => {
      const { [key]: _, ...groupWeights } = d.groupWeights;
      return { ...d, groups: d.groups?.filter((g) => g.key !== key), groupWeights };
    });
  const used = (key: string) =>
    def.kpis.some((k) => k.group === key) || groups.some((g) => g.parent === key);

  return (
    <Stack gap="sm" data-testid="structure-panel">
      <Paper withBorder p="sm">
        <Title order={3} fz="sm" mb="xs">
          How KPIs are grouped
        </Title>
        <SegmentedControl
          data={[
            { value: 'category', label: 'KPI category' },
            { value: 'perspective', label: 'Balanced scorecard' },
            { value: 'own', label: 'Own groups' },
          ]}
          value={mode}
          onChange={(m) => setMode(m as Mode)}
        />
        <Text size="xs" c="dimmed" mt={6}>
          {mode === 'own'
            ? 'Name your own groups and nest them (KPI → pillar → category → composite). Each group has a weight within its parent and its own way of averaging its members.'
            : 'Own groups start from this grouping as a ready-made hierarchy you can rename and nest.'}
        </Text>
        <Group mt="sm" gap="xs">
          <Text size="sm" fw={500}>
            Composite from its {mode === 'own' ? 'top-level groups' : 'groups'}:
          </Text>
          <AggregationFields
            label="Composite aggregation"
            value={def.aggregation}
            onChange={(a) =>
              update((d) => {
                const next: MethodologyDefinition = { ...d, aggregation: a };
                if (!a) delete next.aggregation;
                return next;
              })
            }
          />
        </Group>
      </Paper>
      {mode === 'own' && (
        <Paper withBorder p="sm">
          <Title order={3} fz="sm" mb="xs">
            Groups
          </Title>
          <Table verticalSpacing={4} data-testid="group-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th miw={200}>Group</Table.Th>
                <Table.Th w={150}>Inside</Table.Th>
                <Table.Th w={90}>Weight</Table.Th>
                <Table.Th w={260}>Averages its members by</Table.Th>
                <Table.Th w={36} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((g) => (
                <Table.Tr key={g.key}>
                  <Table.Td style={{ paddingLeft: 8 + 16 * Math.max(0, depth.get(g.key) ?? 0) }}>
                    <TextInput
                      size="xs"
                      aria-label={`Name of group ${g.key}`}
                      value={g.label ?? g.key}
                      error={depth.get(g.key) === -1 ? 'inside itself' : undefined}
                      onChange={(e) => {
                        const label = e.currentTarget.value;
                        editGroup(g.key, (x) => ({ ...x, label }));
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={`Parent of ${groupLabel(def, g.key)}`}
                      data={[
                        { value: '', label: 'Top level' },
                        ...groups
                          .filter((x) => x.key !== g.key)
                          .map((x) => ({ value: x.key, label: groupLabel(def, x.key) })),
                      ]}
                      value={g.parent ?? ''}
                      allowDeselect={false}
                      onChange={(p) =>
                        editGroup(g.key, ({ parent: _, ...x }) => (p ? { ...x, parent: p } : x))
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      min={0}
                      aria-label={`Weight of ${groupLabel(def, g.key)}`}
                      value={def.groupWeights[g.key] ?? 0}
                      onChange={(v) =>
                        update((d) => ({
                          ...d,
                          groupWeights: { ...d.groupWeights, [g.key]: Number(v) || 0 },
                        }))
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <AggregationFields
                      label={`Aggregation of ${groupLabel(def, g.key)}`}
                      value={g.aggregation}
                      onChange={(a) =>
                        editGroup(g.key, ({ aggregation: _, ...x }) =>
                          a ? { ...x, aggregation: a } : x,
                        )
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={used(g.key)}
                      aria-label={`Remove group ${groupLabel(def, g.key)}`}
                      title={used(g.key) ? 'Move its KPIs and groups first' : 'Remove'}
                      onClick={() => removeGroup(g.key)}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group mt="xs" gap="xs">
            <TextInput
              size="xs"
              placeholder="New group, e.g. Customer success"
              aria-label="New group name"
              value={newGroup}
              onChange={(e) => setNewGroup(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && addGroup()}
            />
            <Button
              size="compact-sm"
              variant="light"
              onClick={addGroup}
              disabled={!newGroup.trim()}
            >
              Add group
            </Button>
          </Group>
        </Paper>
      )}
      <KpiPreparationTable catalogue={catalogue} library={library} />
    </Stack>
  );
}
