/** The impact assessment of a program change: who changes tier, the revenue and MDF they carry. */
import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ImpactSide, ProgramChangeImpact } from '../../../../shared/api';
import { formatMoney, formatScore } from '../../components/value-format';
import { formatCount, formatInteger } from '../../format/numbers';

const MOVERS_SHOWN = 100;

function Side({
  label,
  side,
  currency,
  color,
}: {
  label: string;
  side: ImpactSide;
  currency: string;
  color: string;
}) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} c={color} data-testid={`impact-${label.toLowerCase().replace(/\W+/g, '-')}`}>
        {formatCount(side.partners, 'partner')}
      </Text>
      <Text size="xs">Revenue {formatMoney(side.revenue, currency, true)}</Text>
      <Text size="xs">
        MDF allocated {formatMoney(side.mdfAllocatedCents / 100, currency, true)}
        {side.mdfMeasure > 0
          ? ` (MDF measure ${formatMoney(side.mdfMeasure, currency, true)})`
          : ''}
      </Text>
    </Paper>
  );
}

export function ImpactPanel({
  impact,
  currency,
}: {
  impact: ProgramChangeImpact;
  currency: string;
}) {
  const shown = impact.movers.slice(0, MOVERS_SHOWN);
  const total = impact.moved.up + impact.moved.down;
  return (
    <Stack gap="sm" data-testid="impact-panel">
      <Text size="xs" c="dimmed">
        Against version {impact.baseline.version ?? '—'} of “{impact.baseline.name}”, scored for{' '}
        {impact.period.label} ({formatCount(impact.partners, 'partner')}). MDF exposed:{' '}
        {impact.mdfPlans.length > 0
          ? `allocations in ${impact.mdfPlans.map((p) => `“${p.name}” (${p.period})`).join(', ')}`
          : 'no saved MDF plan'}
        .
      </Text>
      <SimpleGrid cols={3} spacing="xs">
        <Side label="Moving up" side={impact.up} currency={currency} color="teal" />
        <Side label="Moving down" side={impact.down} currency={currency} color="red" />
        <Paper withBorder p="xs">
          <Text size="xs" c="dimmed">
            Keeping their tier
          </Text>
          <Text fw={600}>{formatCount(impact.moved.same, 'partner')}</Text>
          <Text size="xs">
            Mean score change {impact.meanChange === null ? '—' : formatScore(impact.meanChange)}{' '}
            points
          </Text>
        </Paper>
      </SimpleGrid>
      <div>
        <Title order={3} size="sm">
          What changes
        </Title>
        {impact.changes.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing changes against the baseline.
          </Text>
        ) : (
          <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="impact-changes">
            {impact.changes.map((c) => (
              <li key={c}>
                <Text size="sm">{c}</Text>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <Title order={3} size="sm">
          Who changes tier
        </Title>
        {total === 0 ? (
          <Text size="sm" c="dimmed">
            No partner changes tier.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={600} maxHeight={320}>
            <Table striped withTableBorder stickyHeader fz="xs" data-testid="impact-movers">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Partner</Table.Th>
                  <Table.Th>Region</Table.Th>
                  <Table.Th>Tier</Table.Th>
                  <Table.Th ta="right">Score</Table.Th>
                  <Table.Th ta="right">Revenue</Table.Th>
                  <Table.Th ta="right">MDF allocated</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((m) => (
                  <Table.Tr key={m.partnerId}>
                    <Table.Td>
                      <a href={`#/partners/${encodeURIComponent(m.externalId)}`}>{m.name}</a>
                    </Table.Td>
                    <Table.Td>{m.region ?? '—'}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {m.fromTier ?? 'No tier'} →{' '}
                        <Badge
                          size="xs"
                          variant="light"
                          color={m.direction === 'up' ? 'teal' : 'red'}
                        >
                          {m.toTier ?? 'No tier'}
                        </Badge>
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">
                      {m.before === null ? '—' : formatScore(m.before)} →{' '}
                      {m.after === null ? '—' : formatScore(m.after)}
                    </Table.Td>
                    <Table.Td ta="right">{formatMoney(m.revenue, currency, true)}</Table.Td>
                    <Table.Td ta="right">
                      {formatMoney(m.mdfAllocatedCents / 100, currency, true)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {total > shown.length && (
          <Text size="xs" c="dimmed" mt={4}>
            Showing the {formatInteger(shown.length)} biggest moves of {formatInteger(total)}.
          </Text>
        )}
      </div>
    </Stack>
  );
}
