import { Alert, List, Text } from '@mantine/core';
import type { GateBlock } from '../../../shared/api';
import { formatKpiValue, formatNumber } from './value-format';

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** One gate in words: "Gold needs Certifications ≥ 2: no partner has data for it". */
export function gateBlockText(b: GateBlock, currency?: string): string {
  const value =
    b.unit === 'currency' && !currency
      ? formatNumber(b.value, 0)
      : formatKpiValue(b.value, b.unit, currency ?? '');
  const rule = `${b.kpiName} ${b.op === 'gte' ? '≥' : '≤'} ${value}`;
  const why =
    b.withData === 0
      ? `no partner has data for ${b.kpiName} in this period, so nobody can reach ${b.tier}`
      : b.unreachable
        ? `no partner meets it, so nobody can reach ${b.tier}`
        : `${plural(b.meeting, 'partner meets', 'partners meet')} it`;
  const blocked =
    b.blocked > 0
      ? `; it keeps ${plural(b.blocked, 'partner')} who score enough for ${b.tier} below it`
      : '';
  return `${b.tier} needs ${rule}: ${why}${blocked}.`;
}

/**
 * Tiers the workspace's data cannot reach, or gates that hold partners back, said where tiers are
 * shown (Methodology, Portfolio, Partner). Nothing when every gate is met by someone and blocks
 * nobody.
 */
export function GateBlocksAlert({
  blocks,
  currency,
  compact = false,
}: {
  blocks: GateBlock[];
  /** The workspace's currency, for gates on money (plain numbers without it). */
  currency?: string;
  compact?: boolean;
}) {
  if (blocks.length === 0) return null;
  const unreachable = blocks.filter((b) => b.unreachable);
  if (unreachable.length === 0 && compact) {
    // Every tier can be reached: a quiet line, the details on request.
    const held = Math.max(...blocks.map((b) => b.blocked));
    return (
      <Text size="xs" c="dimmed" component="details" data-testid="gate-blocks">
        <summary style={{ cursor: 'pointer' }}>
          Tier gates keep {plural(held, 'partner')} below the tier their score reaches
        </summary>
        <List size="xs" spacing={2} mt={4}>
          {blocks.map((b) => (
            <List.Item key={`${b.tier}|${b.kpi}|${b.op}|${b.value}`}>
              {gateBlockText(b, currency)}
            </List.Item>
          ))}
        </List>
      </Text>
    );
  }
  const title =
    unreachable.length > 0
      ? `${[...new Set([...unreachable].sort((a, b) => a.tierIndex - b.tierIndex).map((b) => b.tier))].join(', ')} cannot be reached on this data`
      : 'Tier gates hold partners back';
  return (
    <Alert
      color={unreachable.length > 0 ? 'orange' : 'yellow'}
      variant="light"
      title={title}
      data-testid="gate-blocks"
      p={compact ? 'xs' : undefined}
    >
      <List size="sm" spacing={2}>
        {blocks.map((b) => (
          <List.Item key={`${b.tier}|${b.kpi}|${b.op}|${b.value}`}>
            {gateBlockText(b, currency)}
          </List.Item>
        ))}
      </List>
      {!compact && (
        <Text size="xs" c="dimmed" mt={4}>
          Import the missing data or change the gate on the Methodology page (Tiers).
        </Text>
      )}
    </Alert>
  );
}
