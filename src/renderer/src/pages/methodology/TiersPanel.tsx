import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { KpiInfo, TierGate, TierRule } from '../../../../shared/api';
import { useEditorStore } from './editor-store';

/** Tier thresholds, lowest first, each with optional gates such as "certifications ≥ 2". */
export function TiersPanel({ catalogue }: { catalogue: Map<string, KpiInfo> }) {
  const def = useEditorStore((s) => s.definition)!;
  const update = useEditorStore((s) => s.update);
  const kpiOptions = [...catalogue.values()].map((k) => ({ value: k.key, label: k.name }));
  const setTier = (i: number, patch: Partial<TierRule>) =>
    update((d) => ({ ...d, tiers: d.tiers.map((t, j) => (j === i ? { ...t, ...patch } : t)) }));
  const setGate = (i: number, g: number, patch: Partial<TierGate>) =>
    setTier(i, { gates: def.tiers[i]!.gates.map((x, j) => (j === g ? { ...x, ...patch } : x)) });
  return (
    <Stack gap="sm" data-testid="tiers-panel">
      <Text size="sm" c="dimmed">
        A partner climbs from the lowest tier while its score reaches the next minimum and that
        tier’s gates hold.
      </Text>
      {def.tiers.map((tier, i) => (
        <Paper withBorder p="sm" key={i}>
          <Group align="flex-end" gap="sm">
            <TextInput
              label="Tier"
              w={160}
              value={tier.name}
              onChange={(e) => setTier(i, { name: e.currentTarget.value })}
            />
            <NumberInput
              label="Minimum score"
              w={130}
              min={0}
              max={100}
              value={tier.minScore}
              onChange={(v) => setTier(i, { minScore: Number(v) || 0 })}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove tier ${tier.name}`}
              disabled={def.tiers.length === 1}
              onClick={() => update((d) => ({ ...d, tiers: d.tiers.filter((_, j) => j !== i) }))}
            >
              ×
            </ActionIcon>
          </Group>
          <Title order={4} fz="xs" mt="sm" mb={4} c="dimmed">
            Gates
          </Title>
          <Stack gap={4}>
            {tier.gates.map((gate, g) => (
              <Group key={g} gap="xs">
                <Select
                  size="xs"
                  w={220}
                  searchable
                  allowDeselect={false}
                  data={kpiOptions}
                  value={gate.kpi}
                  onChange={(kpi) => kpi && setGate(i, g, { kpi })}
                  aria-label="Gate KPI"
                />
                <Select
                  size="xs"
                  w={70}
                  allowDeselect={false}
                  data={[
                    { value: 'gte', label: '≥' },
                    { value: 'lte', label: '≤' },
                  ]}
                  value={gate.op}
                  onChange={(op) => op && setGate(i, g, { op: op as TierGate['op'] })}
                  aria-label="Comparison"
                />
                <NumberInput
                  size="xs"
                  w={110}
                  value={gate.value}
                  onChange={(v) => setGate(i, g, { value: Number(v) || 0 })}
                  aria-label="Gate value"
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label="Remove gate"
                  onClick={() => setTier(i, { gates: tier.gates.filter((_, j) => j !== g) })}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button
              size="compact-xs"
              variant="subtle"
              w="fit-content"
              onClick={() =>
                setTier(i, {
                  gates: [...tier.gates, { kpi: 'certifications', op: 'gte', value: 2 }],
                })
              }
            >
              Add a gate
            </Button>
          </Stack>
        </Paper>
      ))}
      <Button
        variant="light"
        w="fit-content"
        disabled={def.tiers.length >= 10}
        onClick={() =>
          update((d) => ({
            ...d,
            tiers: [
              ...d.tiers,
              {
                name: `Tier ${d.tiers.length + 1}`,
                minScore: Math.min(100, (d.tiers.at(-1)?.minScore ?? 0) + 10),
                gates: [],
              },
            ],
          }))
        }
      >
        Add a tier
      </Button>
    </Stack>
  );
}
