import { Group, Text } from '@mantine/core';
import type { TierRule } from '../../../../shared/api';
import { tierColor } from '../../charts/palette';

/** The 0–100 score line cut into tier bands, each in its tier colour. */
export function TierBands({ label, tiers }: { label: string; tiers: readonly TierRule[] }) {
  const bands = tiers.map((t, i) => ({
    name: t.name,
    from: t.minScore,
    to: tiers[i + 1]?.minScore ?? 100,
    color: tierColor(i),
  }));
  const first = tiers[0]?.minScore ?? 0;
  return (
    <Group gap="xs" wrap="nowrap" mb={6}>
      <Text size="xs" c="dimmed" w={52}>
        {label}
      </Text>
      <div
        style={{ display: 'flex', flex: 1, height: 18, borderRadius: 3, overflow: 'hidden' }}
        role="img"
        aria-label={`${label}: ${bands.map((b) => `${b.name} from ${b.from}`).join(', ')}`}
      >
        {first > 0 && <div style={{ width: `${first}%` }} />}
        {bands.map((b) => (
          <div
            key={b.name}
            title={`${b.name}: ${b.from}–${b.to}`}
            style={{
              width: `${Math.max(0, b.to - b.from)}%`,
              background: b.color,
              color: '#1a1b1e',
              fontSize: 10,
              lineHeight: '18px',
              paddingLeft: 4,
              whiteSpace: 'nowrap',
              overflow: 'hidden',
            }}
          >
            {b.from}
          </div>
        ))}
      </div>
    </Group>
  );
}
