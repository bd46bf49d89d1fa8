import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ScorecardData } from '../../../../shared/api';
import { formatChange, formatScore } from '../../../../shared/api/export-format';

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text fw={700} fz="lg" className="tabular">
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}

/** The numbers the review is about: composite, tier, peers, next tier, league position. */
export function QbrSummary({ card }: { card: ScorecardData }) {
  const next = card.nextTier;
  const peer = card.compositePeer;
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} spacing="xs" data-testid="qbr-summary">
      <Stat
        label="Composite"
        value={formatScore(card.composite)}
        note={
          card.compositeChange === null
            ? undefined
            : `${formatChange(card.compositeChange)} vs previous period`
        }
      />
      <Stat
        label="Tier"
        value={card.tier ?? '—'}
        note={card.partner.programTier ? `Program tier ${card.partner.programTier}` : undefined}
      />
      <Stat
        label="Peer median"
        value={peer ? formatScore(peer.median) : '—'}
        note={peer ? `${card.peerGroup.label}, ${peer.size} partners` : 'Fewer than 5 peers'}
      />
      <Stat
        label="Next tier"
        value={next ? next.name : 'Top tier'}
        note={
          next
            ? next.scoreGap > 0
              ? `+${formatScore(next.scoreGap)} points`
              : 'Gates to meet'
            : undefined
        }
      />
      <Stat
        label="League position"
        value={card.internal?.rank ? `${card.internal.rank} of ${card.internal.of}` : '—'}
        note={card.internal ? `Segment ${card.internal.segment}` : undefined}
      />
    </SimpleGrid>
  );
}
