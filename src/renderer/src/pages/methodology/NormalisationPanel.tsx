import { Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import type { KpiInfo } from '../../../../shared/api';
import { useEditorStore } from './editor-store';
import { NormaliserFields } from './NormaliserFields';

/** How each KPI's raw value becomes a 0–100 score. */
export function NormalisationPanel({ catalogue }: { catalogue: Map<string, KpiInfo> }) {
  const def = useEditorStore((s) => s.definition)!;
  const update = useEditorStore((s) => s.update);
  return (
    <Stack gap="sm" data-testid="normalisation-panel">
      {def.kpis.map((k) => {
        const info = catalogue.get(k.kpi);
        return (
          <Paper withBorder p="sm" key={k.kpi}>
            <Tooltip label={info?.definition ?? ''} multiline w={320} disabled={!info?.definition}>
              <Title order={3} fz="sm" mb={2}>
                {info?.name ?? k.kpi}
              </Title>
            </Tooltip>
            <Text size="xs" c="dimmed" mb={6}>
              {info
                ? `${info.direction === 'higher' ? 'Higher' : 'Lower'} is better; unit ${info.unit}${info.target ? `; own target ${info.target}` : ''}`
                : ''}
            </Text>
            <NormaliserFields
              key={k.normaliser.kind === 'bands' ? JSON.stringify(k.normaliser) : k.normaliser.kind}
              value={k.normaliser}
              onChange={(normaliser) =>
                update((d) => ({
                  ...d,
                  kpis: d.kpis.map((x) => (x.kpi === k.kpi ? { ...x, normaliser } : x)),
                }))
              }
            />
          </Paper>
        );
      })}
    </Stack>
  );
}
