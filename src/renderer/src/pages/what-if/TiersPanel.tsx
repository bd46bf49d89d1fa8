import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { tierColor } from '../../charts/palette';
import { formatSignedScore } from '../../components/value-format';
import { DraftNumberInput } from './DraftNumberInput';
import { thresholdBounds, setThreshold } from './tier-thresholds';
import { TierBands } from './TierBands';
import { useCurrentEdit, useWhatIfStore } from './whatif-store';

/** Tier thresholds (minimum score per tier, kept ascending); gates stay as in the baseline. */
export function TiersPanel() {
  const tiers = useCurrentEdit()!.definition.tiers;
  const baseTiers = useWhatIfStore((s) => s.baseline!.definition.tiers);
  const preview = useWhatIfStore((s) => s.preview);
  const commit = useWhatIfStore((s) => s.commit);
  const gates = tiers.filter((t) => t.gates.length > 0);
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm">
        <Title order={3} fz="sm" mb={4}>
          Where does each tier start?
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          A partner reaches a tier when its score reaches the tier’s minimum (and the tier’s gates
          hold). Minimums stay in order: each lies between its neighbours’.
        </Text>
        <Table verticalSpacing={4} data-testid="tier-thresholds">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tier</Table.Th>
              <Table.Th w={110}>Minimum score</Table.Th>
              <Table.Th ta="right">Baseline</Table.Th>
              <Table.Th ta="right">Change</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tiers.map((t, i) => {
              const [lo, hi] = thresholdBounds(tiers, i);
              const was = baseTiers[i]?.minScore ?? t.minScore;
              return (
                <Table.Tr key={t.name}>
                  <Table.Td>
                    <span className="wi-tag">
                      <span className="wi-tag-dot" style={{ background: tierColor(i) }} />
                      {t.name}
                    </span>
                  </Table.Td>
                  <Table.Td>
                    <DraftNumberInput
                      size="xs"
                      min={lo}
                      max={hi}
                      step={1}
                      decimalScale={1}
                      aria-label={`Minimum score of ${t.name}`}
                      value={t.minScore}
                      onPreview={(v) =>
                        preview((s) => ({
                          ...s,
                          definition: {
                            ...s.definition,
                            tiers: setThreshold(s.definition.tiers, i, v),
                          },
                        }))
                      }
                      onCommit={commit}
                    />
                  </Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {was}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {t.minScore === was ? '—' : formatSignedScore(t.minScore - was)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="sm">
        <Title order={3} fz="sm" mb="xs">
          Score bands: now and what-if
        </Title>
        <TierBands label="Now" tiers={baseTiers} />
        <TierBands label="What-if" tiers={tiers} />
        {gates.length > 0 && (
          <Group mt="xs">
            <Text size="xs" c="dimmed">
              Gates stay as in the baseline:{' '}
              {gates.map((t) => `${t.name} (${t.gates.length})`).join(', ')}.
            </Text>
          </Group>
        )}
      </Paper>
    </Stack>
  );
}
