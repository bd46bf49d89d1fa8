import { ActionIcon, NumberInput } from '@mantine/core';

interface Props {
  label: string;
  /** The profile's own weight; undefined = as the global weights. */
  override: number | undefined;
  global: number;
  w?: number;
  onSet: (weight: number) => void;
  onClear: () => void;
}

/**
 * A profile weight: empty shows the global weight (greyed, as a placeholder) and means "as the
 * global weights"; a number typed is the profile's own. Emptying the field inherits again.
 */
export function OverrideInput({ label, override, global, w = 78, onSet, onClear }: Props) {
  return (
    <NumberInput
      size="xs"
      w={w}
      min={0}
      max={1_000_000}
      hideControls
      allowNegative={false}
      decimalScale={2}
      aria-label={`${label} weight for these partners`}
      variant={override === undefined ? 'filled' : 'default'}
      placeholder={String(global)}
      value={override ?? ''}
      onChange={(v) => {
        if (v === '') onClear();
        else if (typeof v === 'number' && Number.isFinite(v)) onSet(v);
      }}
      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
    />
  );
}

/** Back to "as the global weights" (only shown for a weight of the profile's own). */
export function InheritButton({
  label,
  overridden,
  onClear,
}: {
  label: string;
  overridden: boolean;
  onClear: () => void;
}) {
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      // Hidden rather than removed, so that the rows stay aligned.
      style={overridden ? undefined : { visibility: 'hidden' }}
      aria-label={`Use the global ${label} weight`}
      title="Use the global weight"
      onClick={onClear}
    >
      ↺
    </ActionIcon>
  );
}
