/**
 * The plan's inputs: budget, period and scope, and the rules (eligible tiers, minimum and maximum
 * per partner, co-funding, reserve, concentration and the criterion's weights). Every change
 * re-proposes at once: this is the what-if on the rules.
 */
import {
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Text,
  Title,
} from '@mantine/core';
import type { MdfProposal, PeriodRef } from '../../../../shared/api';
import { usePlanDraft } from './plan-draft-store';

const WEIGHTS = [
  ['revenue', 'Revenue'],
  ['score', 'Score'],
  ['growth', 'Growth'],
  ['pipeline', 'Pipeline coverage'],
  ['headroom', 'Headroom to next tier'],
] as const;

function money(value: number | string): number | null {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) && value !== '' ? Math.round(n * 100) : null;
}

export function RulesPanel({
  periods,
  proposal,
}: {
  periods: PeriodRef[];
  proposal: MdfProposal | undefined;
}) {
  const d = usePlanDraft();
  const options = proposal?.scopeOptions;
  const scopeSelect = (key: 'region' | 'type' | 'program', label: string, data: string[] = []) => (
    <Select
      size="xs"
      label={label}
      placeholder="All"
      clearable
      data={data}
      value={d.scope[key]}
      onChange={(v) => d.set({ scope: { ...d.scope, [key]: v }, locks: {} })}
    />
  );
  return (
    <Paper withBorder p="sm" component="section" aria-label="Budget and rules">
      <Title order={2} mb={6}>
        Budget and rules
      </Title>
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="xs" verticalSpacing={4}>
        <NumberInput
          size="xs"
          label="Budget"
          aria-label="Budget"
          min={1}
          thousandSeparator=","
          decimalScale={2}
          value={d.budgetCents / 100}
          onChange={(v) => {
            const c = money(v);
            if (c !== null && c > 0) d.set({ budgetCents: c });
          }}
        />
        <Select
          size="xs"
          label="Period (scores as of)"
          aria-label="Plan period"
          allowDeselect={false}
          data={[...periods].reverse().map((p) => ({ value: p.key, label: p.label }))}
          value={d.period ?? proposal?.period.key ?? null}
          onChange={(v) => v && d.set({ period: v, locks: {} })}
        />
        {scopeSelect('region', 'Region', options?.regions)}
        {scopeSelect('type', 'Partner type', options?.types)}
        {scopeSelect('program', 'Program', options?.programs)}
        <MultiSelect
          size="xs"
          label="Eligible tiers"
          aria-label="Eligible tiers"
          placeholder="Every tier above the entry tier"
          data={proposal?.tiers ?? []}
          value={d.rules.eligibleTiers ?? proposal?.tiers.slice(1) ?? []}
          onChange={(v) => d.setRules({ eligibleTiers: v })}
        />
        <NumberInput
          size="xs"
          label="Minimum per partner"
          aria-label="Minimum per partner"
          min={0}
          thousandSeparator=","
          value={d.rules.minCents / 100}
          onChange={(v) => d.setRules({ minCents: money(v) ?? 0 })}
        />
        <NumberInput
          size="xs"
          label="Maximum per partner"
          aria-label="Maximum per partner"
          placeholder="No maximum"
          min={0}
          thousandSeparator=","
          value={d.rules.maxCents === null ? '' : d.rules.maxCents / 100}
          onChange={(v) => d.setRules({ maxCents: money(v) })}
        />
        <NumberInput
          size="xs"
          label="Reserve (% of budget)"
          aria-label="Reserve"
          min={0}
          max={50}
          suffix=" %"
          value={Math.round(d.rules.reserveShare * 1000) / 10}
          onChange={(v) =>
            d.setRules({ reserveShare: Math.min(0.5, Math.max(0, Number(v) / 100 || 0)) })
          }
        />
        <NumberInput
          size="xs"
          label="Partner co-funding (%)"
          aria-label="Partner co-funding"
          min={0}
          max={90}
          suffix=" %"
          value={Math.round(d.rules.coFundingRatio * 100)}
          onChange={(v) =>
            d.setRules({ coFundingRatio: Math.min(0.9, Math.max(0, Number(v) / 100 || 0)) })
          }
        />
      </SimpleGrid>
      <Group gap="xs" mt="xs" align="flex-end" wrap="wrap">
        <Text size="xs" c="dimmed" w={110}>
          Criterion weights
        </Text>
        {WEIGHTS.map(([key, label]) => (
          <NumberInput
            key={key}
            size="xs"
            w={120}
            label={label}
            aria-label={`Weight of ${label.toLowerCase()}`}
            min={0}
            max={100}
            value={d.rules.weights[key]}
            onChange={(v) =>
              d.setRules({
                weights: { ...d.rules.weights, [key]: Math.min(100, Math.max(0, Number(v) || 0)) },
              })
            }
          />
        ))}
        <NumberInput
          size="xs"
          w={120}
          label="Concentration"
          aria-label="Concentration"
          description="1 = proportional"
          min={0.5}
          max={4}
          step={0.5}
          decimalScale={1}
          value={d.rules.concentration}
          onChange={(v) =>
            d.setRules({ concentration: Math.min(4, Math.max(0.5, Number(v) || 1)) })
          }
        />
      </Group>
    </Paper>
  );
}
