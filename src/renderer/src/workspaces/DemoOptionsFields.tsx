import { NumberInput, SimpleGrid } from '@mantine/core';
import type { DemoOptions } from '../../../shared/api';

interface DemoOptionsFieldsProps {
  value: DemoOptions;
  onChange: (value: DemoOptions) => void;
}

function toInt(value: string | number, fallback: number): number {
  const n = typeof value === 'number' ? value : Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.trunc(n) : fallback;
}

/** How much demo data to generate; the same seed always gives the same workspace. */
export function DemoOptionsFields({ value, onChange }: DemoOptionsFieldsProps) {
  return (
    <SimpleGrid cols={3} spacing="sm">
      <NumberInput
        label="Partners"
        min={1}
        max={200_000}
        thousandSeparator
        allowDecimal={false}
        value={value.partners}
        onChange={(v) => onChange({ ...value, partners: toInt(v, value.partners) })}
      />
      <NumberInput
        label="Quarters"
        min={1}
        max={40}
        allowDecimal={false}
        value={value.quarters}
        onChange={(v) => onChange({ ...value, quarters: toInt(v, value.quarters) })}
      />
      <NumberInput
        label="Seed"
        title="The same seed always gives the same data"
        allowDecimal={false}
        value={value.seed}
        onChange={(v) => onChange({ ...value, seed: toInt(v, value.seed) })}
      />
    </SimpleGrid>
  );
}
