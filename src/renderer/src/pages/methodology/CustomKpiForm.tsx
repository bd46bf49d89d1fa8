import {
  Button,
  Code,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import {
  KPI_CATEGORIES,
  KPI_UNITS,
  KPI_WINDOWS,
  PERSPECTIVES,
  type KpiDefinition,
  type KpiLibrary,
} from '../../../../shared/api';
import { useApiQuery } from '../../hooks/use-api-query';
import { useEditorStore } from './editor-store';
import { FormulaError } from './FormulaError';
import { groupLabel } from './labels';

const PERSPECTIVE_OF: Record<KpiDefinition['category'], KpiDefinition['perspective']> = {
  revenue: 'financial',
  pipeline: 'internal_process',
  enablement: 'learning_growth',
  engagement: 'customer',
};

function keyFrom(name: string): string {
  const key = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(key) ? key.slice(0, 60) : `kpi_${key}`.slice(0, 60);
}

/** A custom KPI from the formula language, checked as you type (never evaluated as code). */
export function CustomKpiForm({ library, onAdded }: { library: KpiLibrary; onAdded: () => void }) {
  const update = useEditorStore((s) => s.update);
  const customKpis = useEditorStore((s) => s.definition?.customKpis);
  const [kpi, setKpi] = useState<KpiDefinition>({
    key: '',
    name: '',
    category: 'revenue',
    perspective: 'financial',
    formula: '',
    unit: 'number',
    direction: 'higher',
    indicator: 'lagging',
    window: 'period',
    definition: '',
  });
  const [formula] = useDebouncedValue(kpi.formula, 250);
  const check = useApiQuery('scoring.checkFormula', { formula });
  const key = keyFrom(kpi.name);
  const clash =
    library.kpis.some((k) => k.key === key) || (customKpis ?? []).some((k) => k.key === key);
  const valid =
    check.data?.ok === true && formula === kpi.formula && kpi.name.trim() !== '' && !clash;
  const set = (patch: Partial<KpiDefinition>) => setKpi((k) => ({ ...k, ...patch }));
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <TextInput
          label="Name"
          value={kpi.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={kpi.name && clash ? `The key ${key} is already used` : undefined}
          description={kpi.name ? `Key: ${key}` : undefined}
        />
        <Select
          label="Category"
          allowDeselect={false}
          data={KPI_CATEGORIES.map((c) => ({ value: c, label: groupLabel(c) }))}
          value={kpi.category}
          onChange={(c) =>
            c &&
            set({
              category: c as KpiDefinition['category'],
              perspective: PERSPECTIVE_OF[c as KpiDefinition['category']],
            })
          }
        />
      </SimpleGrid>
      <Textarea
        label="Formula"
        description={
          <>
            Measures such as <Code>revenue</Code>, operators <Code>+ - * /</Code>, numbers like{' '}
            <Code>0.5</Code> or <Code>50%</Code>, and functions like{' '}
            {library.functions.slice(0, 6).map((f, i) => (
              <span key={f.name}>
                {i > 0 && ', '}
                <Code>{f.signature}</Code>
              </span>
            ))}
            . Division by zero gives a missing value.
          </>
        }
        autosize
        minRows={2}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        value={kpi.formula}
        onChange={(e) => set({ formula: e.currentTarget.value })}
        data-testid="custom-formula"
      />
      {kpi.formula && check.data?.ok === false && check.data.error && (
        <FormulaError formula={formula} error={check.data.error} />
      )}
      {kpi.formula && check.data?.ok && (
        <Text size="xs" c="teal" data-testid="formula-ok">
          Valid: {check.data.formatted} (reads {check.data.measures.join(', ')})
        </Text>
      )}
      <SimpleGrid cols={4}>
        <Select
          label="Unit"
          allowDeselect={false}
          data={[...KPI_UNITS]}
          value={kpi.unit}
          onChange={(u) => u && set({ unit: u as KpiDefinition['unit'] })}
        />
        <Select
          label="Better when"
          allowDeselect={false}
          data={[
            { value: 'higher', label: 'higher' },
            { value: 'lower', label: 'lower' },
          ]}
          value={kpi.direction}
          onChange={(d) => d && set({ direction: d as KpiDefinition['direction'] })}
        />
        <Select
          label="Indicator"
          allowDeselect={false}
          data={['leading', 'lagging']}
          value={kpi.indicator}
          onChange={(i) => i && set({ indicator: i as KpiDefinition['indicator'] })}
        />
        <Select
          label="Window"
          allowDeselect={false}
          data={[...KPI_WINDOWS]}
          value={kpi.window}
          onChange={(w) => w && set({ window: w as KpiDefinition['window'] })}
        />
      </SimpleGrid>
      <Select
        label="Balanced-scorecard perspective"
        allowDeselect={false}
        data={PERSPECTIVES.map((p) => ({ value: p, label: groupLabel(p) }))}
        value={kpi.perspective}
        onChange={(p) => p && set({ perspective: p as KpiDefinition['perspective'] })}
      />
      <Textarea
        label="Definition (plain language)"
        autosize
        minRows={2}
        value={kpi.definition}
        onChange={(e) => set({ definition: e.currentTarget.value })}
      />
      <Group justify="flex-end">
        <Button
          disabled={!valid}
          onClick={() => {
            const custom = { ...kpi, key, name: kpi.name.trim() };
            update((d) => ({
              ...d,
              customKpis: [...d.customKpis, custom],
              groupWeights: {
                ...d.groupWeights,
                [d.grouping === 'category' ? custom.category : custom.perspective]:
                  d.groupWeights[
                    d.grouping === 'category' ? custom.category : custom.perspective
                  ] ?? 10,
              },
              kpis: [...d.kpis, { kpi: key, weight: 10, normaliser: { kind: 'percentile' } }],
            }));
            onAdded();
          }}
        >
          Add custom KPI
        </Button>
      </Group>
    </Stack>
  );
}
