import { Group, Paper, Select, Table, Text, TextInput, Title } from '@mantine/core';
import type {
  Denominator,
  Imputation,
  KpiInfo,
  KpiLibrary,
  KpiSelection,
  Treatment,
} from '../../../../shared/api';
import { useEditorStore } from './editor-store';
import { groupLabel } from './hierarchy';

const IMPUTATIONS = [
  { value: '', label: 'No' },
  { value: 'peer_mean', label: 'Peer-group mean' },
  { value: 'peer_median', label: 'Peer-group median' },
  { value: 'previous_period', label: 'Own previous period' },
];

const TREATMENTS = [
  { value: '', label: 'None' },
  { value: 'winsorise', label: 'Winsorise' },
  { value: 'log', label: 'Log transform' },
];

function denominatorValue(d: Denominator | undefined): string {
  if (!d) return '';
  return d.kind === 'measure' ? `measure:${d.measure}` : 'attribute';
}

/** Per KPI: its group (own hierarchy), denominator, imputation and outlier treatment. */
export function KpiPreparationTable({
  catalogue,
  library,
}: {
  catalogue: Map<string, KpiInfo>;
  library: KpiLibrary;
}) {
  const def = useEditorStore((s) => s.definition)!;
  const update = useEditorStore((s) => s.update);
  const edit = (kpi: string, change: (k: KpiSelection) => KpiSelection) =>
    update((d) => ({ ...d, kpis: d.kpis.map((k) => (k.kpi === kpi ? change(k) : k)) }));
  const denominators = [
    { value: '', label: 'None' },
    ...library.measures.map((m) => ({ value: `measure:${m.key}`, label: `÷ ${m.name}` })),
    { value: 'attribute', label: '÷ partner attribute…' },
  ];
  return (
    <Paper withBorder p="sm">
      <Title order={3} fz="sm" mb={2}>
        Preparing each KPI before it is scored
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        In this order: divide by a denominator (revenue per employee, per territory), fill a missing
        value (recorded per partner), treat outliers (every treated value is listed), then
        normalise. Without imputation the missing-data rule (Data rules tab) applies. Winsorising
        caps the most extreme values while the KPI's skewness is 2 or more and its kurtosis 3.5 or
        more (at most 5 values); a log transform compresses a long tail.
      </Text>
      <Table verticalSpacing={4} data-testid="kpi-preparation">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>KPI</Table.Th>
            {def.groups && <Table.Th w={150}>Group</Table.Th>}
            <Table.Th w={210}>Denominator</Table.Th>
            <Table.Th w={170}>Impute missing</Table.Th>
            <Table.Th w={130}>Outliers</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {def.kpis.map((k) => {
            const name = catalogue.get(k.kpi)?.name ?? k.kpi;
            return (
              <Table.Tr key={k.kpi}>
                <Table.Td>
                  <Text size="sm">{name}</Text>
                </Table.Td>
                {def.groups && (
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={`Group of ${name}`}
                      data={def.groups.map((g) => ({
                        value: g.key,
                        label: groupLabel(def, g.key),
                      }))}
                      value={k.group ?? null}
                      placeholder="Choose a group"
                      error={k.group ? undefined : 'needs a group'}
                      onChange={(g) => edit(k.kpi, (x) => ({ ...x, ...(g ? { group: g } : {}) }))}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Select
                      size="xs"
                      searchable
                      aria-label={`Denominator of ${name}`}
                      data={denominators}
                      value={denominatorValue(k.denominator)}
                      allowDeselect={false}
                      onChange={(v) =>
                        edit(k.kpi, ({ denominator: _, ...x }) =>
                          !v
                            ? x
                            : v === 'attribute'
                              ? { ...x, denominator: { kind: 'attribute', attribute: 'employees' } }
                              : { ...x, denominator: { kind: 'measure', measure: v.slice(8) } },
                        )
                      }
                    />
                    {k.denominator?.kind === 'attribute' && (
                      <TextInput
                        size="xs"
                        w={100}
                        aria-label={`Attribute dividing ${name}`}
                        value={k.denominator.attribute}
                        onChange={(e) => {
                          const attribute = e.currentTarget.value;
                          edit(k.kpi, (x) => ({
                            ...x,
                            denominator: { kind: 'attribute', attribute },
                          }));
                        }}
                      />
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`Imputation of ${name}`}
                    data={IMPUTATIONS}
                    value={k.imputation?.kind ?? ''}
                    allowDeselect={false}
                    onChange={(v) =>
                      edit(k.kpi, ({ imputation: _, ...x }) =>
                        v ? { ...x, imputation: { kind: v } as Imputation } : x,
                      )
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`Outlier treatment of ${name}`}
                    data={TREATMENTS}
                    value={k.treatment?.kind ?? ''}
                    allowDeselect={false}
                    onChange={(v) =>
                      edit(k.kpi, ({ treatment: _, ...x }) =>
                        v ? { ...x, treatment: { kind: v } as Treatment } : x,
                      )
                    }
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
