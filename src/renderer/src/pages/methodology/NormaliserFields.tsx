import {
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import {
  PEER_DIMENSIONS,
  type Normaliser,
  type NormaliserKind,
  type PeerDimension,
} from '../../../../shared/api';
import { NORMALISER_HELP, NORMALISER_LABELS, PEER_LABELS } from './labels';

const DEFAULTS: Record<NormaliserKind, Normaliser> = {
  target: { kind: 'target', cap: 1 },
  percentile: { kind: 'percentile' },
  minmax: { kind: 'minmax' },
  zscore: { kind: 'zscore', spread: 2.5 },
  bands: { kind: 'bands', thresholds: [1, 2, 5], scores: [0, 33, 66, 100] },
};

const numbers = (text: string) =>
  text
    .split(/[\s,;/]+/)
    .filter(Boolean)
    .map(Number)
    .filter((x) => Number.isFinite(x));

const optional = (v: string | number) => (v === '' ? undefined : Number(v));

/** The settings of one KPI's normaliser. */
export function NormaliserFields({
  value,
  onChange,
}: {
  value: Normaliser;
  onChange: (n: Normaliser) => void;
}) {
  const peers = (
    <MultiSelect
      size="xs"
      label="Compare within"
      placeholder="the methodology’s peer group"
      data={PEER_DIMENSIONS.map((d) => ({ value: d, label: PEER_LABELS[d] }))}
      value={'peerBy' in value ? (value.peerBy ?? []) : []}
      onChange={(dims) =>
        onChange({
          ...value,
          peerBy: dims.length ? (dims as PeerDimension[]) : undefined,
        } as Normaliser)
      }
      w={260}
    />
  );
  return (
    <Stack gap={6}>
      <SegmentedControl
        size="xs"
        value={value.kind}
        onChange={(kind) => onChange(DEFAULTS[kind as NormaliserKind])}
        data={Object.entries(NORMALISER_LABELS).map(([v, label]) => ({ value: v, label }))}
      />
      <Text size="xs" c="dimmed">
        {NORMALISER_HELP[value.kind]}
      </Text>
      <Group gap="sm" align="flex-end">
        {value.kind === 'target' && (
          <>
            <NumberInput
              size="xs"
              label="Cap (%)"
              w={100}
              min={10}
              max={1000}
              value={Math.round(value.cap * 100)}
              onChange={(v) => onChange({ ...value, cap: (Number(v) || 100) / 100 })}
            />
            <NumberInput
              size="xs"
              label="Fixed target"
              placeholder="the KPI’s own"
              w={140}
              value={value.target ?? ''}
              onChange={(v) => onChange({ ...value, target: optional(v) })}
            />
          </>
        )}
        {value.kind === 'percentile' && peers}
        {value.kind === 'minmax' && (
          <>
            <NumberInput
              size="xs"
              label="Lowest"
              placeholder="peers’ lowest"
              w={120}
              value={value.min ?? ''}
              onChange={(v) => onChange({ ...value, min: optional(v) })}
            />
            <NumberInput
              size="xs"
              label="Highest"
              placeholder="peers’ highest"
              w={120}
              value={value.max ?? ''}
              onChange={(v) => onChange({ ...value, max: optional(v) })}
            />
            {peers}
          </>
        )}
        {value.kind === 'zscore' && (
          <>
            <NumberInput
              size="xs"
              label="Spread (sd to 0 or 100)"
              w={160}
              min={0.1}
              max={10}
              step={0.5}
              decimalScale={2}
              value={value.spread}
              onChange={(v) => onChange({ ...value, spread: Number(v) || 2.5 })}
            />
            {peers}
          </>
        )}
        {value.kind === 'bands' && (
          <>
            <TextInput
              size="xs"
              label="Thresholds (ascending)"
              w={180}
              defaultValue={value.thresholds.join(', ')}
              onBlur={(e) => onChange({ ...value, thresholds: numbers(e.currentTarget.value) })}
            />
            <TextInput
              size="xs"
              label="Scores (one more)"
              w={180}
              defaultValue={value.scores.join(', ')}
              onBlur={(e) => onChange({ ...value, scores: numbers(e.currentTarget.value) })}
            />
          </>
        )}
      </Group>
    </Stack>
  );
}
