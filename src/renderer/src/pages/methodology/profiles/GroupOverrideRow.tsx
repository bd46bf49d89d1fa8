import { Group, Slider, Text } from '@mantine/core';
import { useState } from 'react';
import { formatShare } from '../weights';
import { InheritButton, OverrideInput } from './OverrideInput';

interface Props {
  label: string;
  global: number;
  override: number | undefined;
  /** The group's share of the score for these partners, and under the global weights (0–1). */
  share: number;
  globalShare: number;
  onSet: (weight: number) => void;
  onClear: () => void;
}

/**
 * One category's weight in a profile: a slider (grey while it follows the global weight, whose
 * value is marked), a number field and a button back to the global weight. A drag is one undo step.
 */
export function GroupOverrideRow(p: Props) {
  const [drag, setDrag] = useState<number | null>(null);
  const overridden = p.override !== undefined;
  const value = drag ?? p.override ?? p.global;
  const note = overridden
    ? `${formatShare(p.share)} of score · global ${formatShare(p.globalShare)}`
    : `${formatShare(p.share)} of score · as global`;
  return (
    <Group gap="xs" wrap="nowrap" data-testid="profile-group-row" data-group={p.label}>
      <div style={{ width: 190, minWidth: 0 }}>
        <Text size="sm" fw={overridden ? 600 : undefined} truncate title={p.label}>
          {p.label}
        </Text>
        <Text size="xs" c="dimmed" className="tabular">
          {note}
        </Text>
      </div>
      <Slider
        style={{ flex: 1, minWidth: 80 }}
        color={overridden || drag !== null ? undefined : 'gray'}
        min={0}
        max={Math.max(100, p.global, value)}
        step={1}
        value={value}
        onChange={setDrag}
        onChangeEnd={(v) => {
          setDrag(null);
          p.onSet(v);
        }}
        label={(v) => String(v)}
        thumbLabel={`Slider: ${p.label} weight for these partners`}
        marks={[{ value: p.global }]}
        size="sm"
      />
      <OverrideInput
        label={p.label}
        override={p.override}
        global={p.global}
        onSet={p.onSet}
        onClear={p.onClear}
      />
      <InheritButton label={p.label} overridden={overridden} onClear={p.onClear} />
    </Group>
  );
}
