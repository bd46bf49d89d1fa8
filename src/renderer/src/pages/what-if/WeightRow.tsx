import { ActionIcon, Group, Slider, Text } from '@mantine/core';
import { memo, useCallback } from 'react';
import { DraftNumberInput } from './DraftNumberInput';
import { KpiShareNote } from './KpiShareNote';
import { LockIcon } from './LockIcon';

interface Props {
  /** The group or KPI key the handlers receive. */
  id: string;
  lockId: string;
  label: string;
  /** What the percentage is of ("the score", "Revenue"), for screen readers. */
  of: string;
  value: number;
  /** The baseline's value, marked on the slider. */
  baseline: number;
  locked: boolean;
  /** Every other weight is locked: this one cannot move. */
  stuck: boolean;
  /** "was 40.0%"; with `shareOf`, preceded by that KPI's share of the score. */
  note: string;
  shareOf?: string;
  /** Stable handlers (a row re-renders only when its own figures change). */
  onPreview: (id: string, value: number) => void;
  onCommit: () => void;
  onToggleLock: (lockId: string) => void;
}

/** One weight as a % with a slider, a number field and a lock. */
export const WeightRow = memo(function WeightRow(p: Props) {
  const { id, lockId, onPreview, onToggleLock } = p;
  const preview = useCallback((v: number) => onPreview(id, v), [onPreview, id]);
  const toggle = useCallback(() => onToggleLock(lockId), [onToggleLock, lockId]);
  const disabled = p.locked || p.stuck;
  const lockHint = p.stuck
    ? 'Every other weight is locked'
    : p.locked
      ? 'Locked: stays as it is when others move'
      : 'Lock: keep this weight when others move';
  return (
    <Group gap="xs" wrap="nowrap" data-testid="weight-row" data-weight={p.label}>
      <div style={{ width: 170, minWidth: 0 }}>
        <Text size="sm" truncate title={p.label}>
          {p.label}
        </Text>
        <Text size="xs" c="dimmed" className="tabular">
          {p.shareOf !== undefined && <KpiShareNote kpi={p.shareOf} />}
          {p.note}
        </Text>
      </div>
      <Slider
        style={{ flex: 1, minWidth: 80 }}
        min={0}
        max={100}
        step={0.5}
        precision={1}
        value={p.value}
        disabled={disabled}
        onChange={preview}
        onChangeEnd={p.onCommit}
        label={(v) => `${v.toFixed(1)}%`}
        thumbLabel={`Slider: ${p.label} weight, % of ${p.of}`}
        marks={[{ value: p.baseline }]}
        size="sm"
      />
      <DraftNumberInput
        size="xs"
        w={78}
        min={0}
        max={100}
        step={1}
        decimalScale={1}
        suffix="%"
        hideControls
        aria-label={`${p.label} weight, % of ${p.of}`}
        value={p.value}
        disabled={disabled}
        onPreview={preview}
        onCommit={p.onCommit}
        styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
      />
      <ActionIcon
        variant={p.locked ? 'filled' : 'subtle'}
        color={p.locked ? 'blue' : 'gray'}
        aria-label={`${p.locked ? 'Unlock' : 'Lock'} ${p.label}`}
        aria-pressed={p.locked}
        title={lockHint}
        onClick={toggle}
      >
        <LockIcon locked={p.locked} />
      </ActionIcon>
    </Group>
  );
});
