import { Badge, Paper, Select, Table, Text, Title } from '@mantine/core';
import type { Normaliser, NormaliserKind } from '../../../../shared/api';
import { describeNormaliser, NORMALISER_HELP, NORMALISER_LABELS } from '../methodology/labels';
import { DraftNumberInput } from './DraftNumberInput';
import { allowedKinds, switchKind } from './normaliser-choice';
import { useWhatIf } from './whatif-context';
import { useCurrentEdit, useWhatIfStore, type WhatIfEdit } from './whatif-store';

function Parameter({
  value,
  label,
  onChange,
  onCommit,
}: {
  value: Normaliser;
  label: string;
  onChange: (n: Normaliser) => void;
  onCommit: () => void;
}) {
  if (value.kind === 'target') {
    return (
      <DraftNumberInput
        size="xs"
        w={90}
        min={10}
        max={1000}
        step={5}
        suffix="%"
        aria-label={`Cap of ${label} (%)`}
        title="Attainment credited at most"
        value={Math.round(value.cap * 100)}
        onPreview={(v) => v >= 10 && onChange({ ...value, cap: v / 100 })}
        onCommit={onCommit}
      />
    );
  }
  if (value.kind === 'zscore') {
    return (
      <DraftNumberInput
        size="xs"
        w={90}
        min={0.1}
        max={10}
        step={0.5}
        decimalScale={2}
        suffix=" sd"
        aria-label={`Spread of ${label} (sd)`}
        title="Standard deviations that reach 0 or 100"
        value={value.spread}
        onPreview={(v) => v >= 0.1 && onChange({ ...value, spread: v })}
        onCommit={onCommit}
      />
    );
  }
  return (
    <Text size="xs" c="dimmed">
      —
    </Text>
  );
}

/** How each KPI's raw value becomes a 0–100 score: the kind and its main setting. */
export function NormalisationPanel() {
  const { kpiInfo, groupLabel, groupOf } = useWhatIf();
  const kpis = useCurrentEdit()!.definition.kpis;
  const base = useWhatIfStore((s) => s.baseline!.definition.kpis);
  const edit = useWhatIfStore((s) => s.edit);
  const preview = useWhatIfStore((s) => s.preview);
  const commit = useWhatIfStore((s) => s.commit);
  const baseOf = new Map(base.map((k) => [k.kpi, k.normaliser]));
  const change = (kpi: string, normaliser: Normaliser) => (s: WhatIfEdit) => ({
    ...s,
    definition: {
      ...s.definition,
      kpis: s.definition.kpis.map((k) => (k.kpi === kpi ? { ...k, normaliser } : k)),
    },
  });
  return (
    <Paper withBorder p="sm">
      <Title order={3} fz="sm" mb={4}>
        How is each KPI turned into a 0–100 score?
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        Changing a normalisation re-reads every partner’s KPI values, so it takes longer than a
        weight change.
      </Text>
      <Table verticalSpacing={4} data-testid="normalisers">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>KPI</Table.Th>
            <Table.Th w={160}>Normalisation</Table.Th>
            <Table.Th>Setting</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kpis.map((k) => {
            const name = kpiInfo.get(k.kpi)?.name ?? k.kpi;
            const baseline = baseOf.get(k.kpi) ?? k.normaliser;
            const changed = JSON.stringify(baseline) !== JSON.stringify(k.normaliser);
            return (
              <Table.Tr key={k.kpi}>
                <Table.Td>
                  <Text size="sm">
                    {name}{' '}
                    {changed && (
                      <Badge size="xs" variant="light" color="yellow">
                        changed
                      </Badge>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {groupLabel(groupOf.get(k.kpi) ?? '')} · baseline:{' '}
                    {describeNormaliser(baseline)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    allowDeselect={false}
                    aria-label={`Normalisation of ${name}`}
                    data={allowedKinds(baseline).map((kind) => ({
                      value: kind,
                      label: NORMALISER_LABELS[kind],
                    }))}
                    value={k.normaliser.kind}
                    title={NORMALISER_HELP[k.normaliser.kind]}
                    onChange={(kind) =>
                      kind &&
                      edit(
                        change(k.kpi, switchKind(k.normaliser, baseline, kind as NormaliserKind)),
                      )
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Parameter
                    value={k.normaliser}
                    label={name}
                    onChange={(n) => preview(change(k.kpi, n))}
                    onCommit={commit}
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
