import { Accordion, Button, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import type { KpiInfo, MethodologyDefinition, WeightProfile } from '../../../../../shared/api';
import { groupLabel } from '../labels';
import { formatShare, groupOf } from '../weights';
import { GroupOverrideRow } from './GroupOverrideRow';
import { InheritButton, OverrideInput } from './OverrideInput';
import {
  clearGroupOverride,
  clearKpiOverride,
  fitGroupsTo100,
  setGroupOverride,
  setKpiOverride,
  type DefinitionEdit,
} from './profile-edits';
import { activeGroups, sharesOf, withProfileWeights } from './profile-weights';

interface Props {
  def: MethodologyDefinition;
  index: number;
  catalogue: Map<string, KpiInfo>;
  update: (edit: DefinitionEdit) => void;
}

const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

/**
 * A profile's weights, per category and per KPI: each row follows the global weight until given
 * one of its own, with its share of the score for the profile's partners.
 */
export function ProfileWeights({ def, index, catalogue, update }: Props) {
  const profile: WeightProfile = def.profiles[index]!;
  const groups = activeGroups(def, catalogue);
  const shares = sharesOf(withProfileWeights(def, profile), catalogue);
  const global = sharesOf(def, catalogue);
  const noun = def.grouping === 'category' ? 'category' : 'perspective';
  const total = groups.reduce(
    (s, g) => s + (profile.groupWeights[g] ?? def.groupWeights[g] ?? 0),
    0,
  );
  const membersOf = (g: string) => def.kpis.filter((k) => groupOf(catalogue.get(k.kpi), def) === g);
  const withOwnKpis = groups.filter((g) =>
    membersOf(g).some((k) => profile.kpiWeights[k.kpi] !== undefined),
  );

  return (
    <>
      <Paper withBorder p="sm" data-testid="profile-group-weights">
        <Title order={3} fz="sm" mb="xs">
          How much does each {noun} count for these partners?
        </Title>
        <Stack gap={6}>
          {groups.map((g) => (
            <GroupOverrideRow
              key={g}
              label={groupLabel(g)}
              global={def.groupWeights[g] ?? 0}
              override={profile.groupWeights[g]}
              share={shares.group.get(g) ?? 0}
              globalShare={global.group.get(g) ?? 0}
              onSet={(w) => update(setGroupOverride(index, g, w))}
              onClear={() => update(clearGroupOverride(index, g))}
            />
          ))}
        </Stack>
        <Group justify="space-between" mt="xs" gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed">
            An empty field follows the global weight (greyed, marked on the slider); ↺ goes back to
            it.
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed" className="tabular" style={{ whiteSpace: 'nowrap' }}>
              weights add up to {Math.round(total * 10) / 10}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => update(fitGroupsTo100(index, groups))}
              title="Keeps the weights set here and scales the others"
            >
              Make them add up to 100
            </Button>
          </Group>
        </Group>
      </Paper>
      <Paper withBorder p={0} data-testid="profile-kpi-weights">
        <Title order={3} fz="sm" px="sm" pt="sm">
          How much does each KPI count within its {noun}?
        </Title>
        <Accordion multiple defaultValue={withOwnKpis} keepMounted={false}>
          {groups.map((g) => {
            const members = membersOf(g);
            const own = members.filter((k) => profile.kpiWeights[k.kpi] !== undefined).length;
            return (
              <Accordion.Item value={g} key={g}>
                <Accordion.Control>
                  <Group justify="space-between" pr="xs">
                    <Text size="sm" fw={500}>
                      {groupLabel(g)}
                    </Text>
                    <Text size="xs" c="dimmed" className="tabular">
                      {members.length} KPIs
                      {own > 0 ? ` · ${own} with their own weight` : ' · as global'} ·{' '}
                      {formatShare(shares.group.get(g) ?? 0)} of the score
                    </Text>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Table verticalSpacing={4} data-testid={`profile-kpis-${g}`}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>KPI</Table.Th>
                        <Table.Th w={70} ta="right">
                          Global
                        </Table.Th>
                        <Table.Th w={100} ta="right">
                          Weight here
                        </Table.Th>
                        <Table.Th w={110} ta="right">
                          Share
                        </Table.Th>
                        <Table.Th w={36} />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {members.map((k) => {
                        const info = catalogue.get(k.kpi);
                        const name = info?.name ?? k.kpi;
                        const override = profile.kpiWeights[k.kpi];
                        const share = shares.kpi.get(k.kpi) ?? 0;
                        const was = global.kpi.get(k.kpi) ?? 0;
                        return (
                          <Table.Tr key={k.kpi}>
                            <Table.Td>
                              <Tooltip label={info?.definition ?? k.kpi} multiline w={320}>
                                <Text size="sm" fw={override !== undefined ? 600 : undefined}>
                                  {name}
                                </Text>
                              </Tooltip>
                            </Table.Td>
                            <Table.Td ta="right" c="dimmed" style={tabular}>
                              {k.weight}
                            </Table.Td>
                            <Table.Td>
                              <Group justify="flex-end">
                                <OverrideInput
                                  label={name}
                                  override={override}
                                  global={k.weight}
                                  onSet={(w) => update(setKpiOverride(index, k.kpi, w))}
                                  onClear={() => update(clearKpiOverride(index, k.kpi))}
                                />
                              </Group>
                            </Table.Td>
                            <Table.Td ta="right" style={tabular}>
                              <Text size="sm" className="tabular">
                                {formatShare(share)}
                              </Text>
                              {Math.abs(share - was) >= 0.0005 && (
                                <Text size="xs" c="dimmed" className="tabular">
                                  global {formatShare(was)}
                                </Text>
                              )}
                            </Table.Td>
                            <Table.Td>
                              <InheritButton
                                label={name}
                                overridden={override !== undefined}
                                onClear={() => update(clearKpiOverride(index, k.kpi))}
                              />
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
      </Paper>
    </>
  );
}
