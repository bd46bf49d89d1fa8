import {
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { KpiInfo, KpiLibrary, SegmentRules } from '../../../../shared/api';
import { useEditorStore } from './editor-store';

/** Grow / Intervene / Exit review / Maintain: the rules that place a partner in an action segment. */
export function SegmentsPanel({
  catalogue,
  library,
}: {
  catalogue: Map<string, KpiInfo>;
  library: KpiLibrary;
}) {
  const def = useEditorStore((s) => s.definition)!;
  const update = useEditorStore((s) => s.update);
  const rules = def.segments;
  const set = (patch: Partial<SegmentRules>) =>
    update((d) => ({ ...d, segments: { ...d.segments, ...patch } }));
  const kpis = [...catalogue.values()].map((k) => ({ value: k.key, label: k.name }));
  const measures = library.measures.map((m) => ({ value: m.key, label: m.name }));
  return (
    <Stack gap="sm" data-testid="segments-panel">
      <Paper withBorder p="sm">
        <Title order={3} fz="sm">
          Grow — above target
        </Title>
        <SimpleGrid cols={2} mt="xs">
          <Select
            label="Attainment KPI"
            searchable
            allowDeselect={false}
            data={kpis}
            value={rules.attainmentKpi}
            onChange={(k) => k && set({ attainmentKpi: k })}
          />
          <NumberInput
            label="Grow from (% of target)"
            min={0}
            max={1000}
            value={Math.round(rules.growAt * 100)}
            onChange={(v) => set({ growAt: (Number(v) || 0) / 100 })}
          />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="sm">
        <Title order={3} fz="sm">
          Intervene — below target, positively engaged
        </Title>
        <SimpleGrid cols={2} mt="xs">
          <MultiSelect
            label="Engagement KPIs (mean score)"
            searchable
            data={kpis}
            value={rules.engagementKpis}
            onChange={(v) => set({ engagementKpis: v })}
          />
          <NumberInput
            label="Engaged from (score)"
            min={0}
            max={100}
            value={rules.engagedAt}
            onChange={(v) => set({ engagedAt: Number(v) || 0 })}
          />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="sm">
        <Title order={3} fz="sm">
          Exit review — no commercial activity despite intervention
        </Title>
        <SimpleGrid cols={2} mt="xs">
          <MultiSelect
            label="Commercial activity"
            description="All zero or missing means no activity"
            data={measures}
            value={rules.activityMeasures}
            onChange={(v) => v.length && set({ activityMeasures: v })}
          />
          <NumberInput
            label="For this many periods"
            min={1}
            max={12}
            value={rules.inactivePeriods}
            onChange={(v) => set({ inactivePeriods: Number(v) || 1 })}
          />
          <MultiSelect
            label="Intervention"
            description="Any of these positive counts as an intervention (none: not required)"
            data={measures}
            value={rules.interventionMeasures}
            onChange={(v) => set({ interventionMeasures: v })}
          />
          <NumberInput
            label="Intervention looked for up to (periods before)"
            min={0}
            max={12}
            value={rules.interventionLookback}
            onChange={(v) => set({ interventionLookback: Number(v) || 0 })}
          />
        </SimpleGrid>
      </Paper>
      <Text size="xs" c="dimmed">
        Everyone else is in Maintain. Exit review is checked first, then Grow, then Intervene.
      </Text>
    </Stack>
  );
}
