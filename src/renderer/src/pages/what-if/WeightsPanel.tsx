import { Accordion, Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { formatShare } from '../../components/value-format';
import { scopeLabel } from './ScopeSelect';
import { useWhatIf } from './whatif-context';
import { useCurrentScope, useWhatIfStore } from './whatif-store';
import { WeightRow } from './WeightRow';
import {
  activeGroups,
  groupPercents,
  kpiPercents,
  kpisOfGroup,
  setGroupPercent,
  setKpiPercent,
} from './weights-model';

const pct = (v: number) => formatShare(v / 100);
const isLocked = (id: string) => !!useWhatIfStore.getState().locks[id];

function ProfilesNote() {
  const scope = useCurrentScope();
  const profiles = useWhatIfStore((s) => s.history?.current.definition.profiles);
  if (scope) {
    return (
      <Alert variant="light" color="blue" data-testid="scope-note">
        These weights apply to <b>{scopeLabel(scope)}</b> only, as a weight profile of the baseline;
        every other partner keeps the baseline’s weights. Tiers and normalisation stay as in the
        baseline.
      </Alert>
    );
  }
  if (!profiles?.length) return null;
  return (
    <Text size="xs" c="dimmed">
      Weight profiles keep their own weights for their partners:{' '}
      {profiles.map((p) => p.name).join(', ')}.
    </Text>
  );
}

/**
 * The edit handlers, stable for the life of the page so that a weight row re-renders only when
 * its own figures change. A drag previews from the last recorded state; its end records a step.
 */
function useWeightHandlers(order: readonly string[], groupOf: ReadonlyMap<string, string>) {
  const preview = useWhatIfStore((s) => s.preview);
  const previewGroup = useCallback(
    (group: string, value: number) =>
      preview((s) => ({
        ...s,
        definition: setGroupPercent(
          s.definition,
          activeGroups(s.definition, order, groupOf),
          group,
          value,
          (g) => isLocked(`group:${g}`),
        ),
      })),
    [preview, order, groupOf],
  );
  const previewKpi = useCallback(
    (kpi: string, value: number) =>
      preview((s) => ({
        ...s,
        definition: setKpiPercent(s.definition, groupOf.get(kpi) ?? '', kpi, value, groupOf, (k) =>
          isLocked(`kpi:${k}`),
        ),
      })),
    [preview, groupOf],
  );
  return { previewGroup, previewKpi };
}

/** Category weights (% of the score) and KPI weights (% of their category), each with a lock. */
export function WeightsPanel() {
  const { context, groupOf, groupLabel, kpiInfo } = useWhatIf();
  const def = useWhatIfStore((s) => s.history!.current.definition);
  const base = useWhatIfStore((s) => s.baseline!.definition);
  const locks = useWhatIfStore((s) => s.locks);
  const commit = useWhatIfStore((s) => s.commit);
  const toggleLock = useWhatIfStore((s) => s.toggleLock);
  const order = useMemo(() => context.groups.map((g) => g.key), [context.groups]);
  const { previewGroup, previewKpi } = useWeightHandlers(order, groupOf);
  const groups = activeGroups(def, order, groupOf);
  const percents = groupPercents(def, groups);
  const basePercents = groupPercents(base, groups);
  const groupLocked = (g: string) => !!locks[`group:${g}`];
  const kpiLocked = (k: string) => !!locks[`kpi:${k}`];
  const noun = def.grouping === 'category' ? 'category' : 'perspective';

  return (
    <Stack gap="sm">
      <ProfilesNote />
      <Paper withBorder p="sm" data-testid="group-weights">
        <Group justify="space-between" mb="xs">
          <Title order={3} fz="sm">
            How much does each {noun} count?
          </Title>
          <Text size="xs" c="dimmed">
            % of the score · adds up to 100
          </Text>
        </Group>
        <Stack gap={6}>
          {groups.map((g, i) => (
            <WeightRow
              key={g}
              id={g}
              lockId={`group:${g}`}
              label={groupLabel(g)}
              of="the score"
              value={percents[i]!}
              baseline={basePercents[i]!}
              note={`was ${pct(basePercents[i]!)}`}
              locked={groupLocked(g)}
              stuck={groups.every((o) => o === g || groupLocked(o))}
              onPreview={previewGroup}
              onCommit={commit}
              onToggleLock={toggleLock}
            />
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p={0}>
        <Title order={3} fz="sm" px="sm" pt="sm">
          How much does each KPI count within its {noun}?
        </Title>
        <Accordion multiple defaultValue={groups.slice(0, 1)} variant="default" keepMounted={false}>
          {groups.map((g, i) => {
            const members = kpisOfGroup(def, g, groupOf);
            const kp = kpiPercents(def, g, groupOf);
            const baseMembers = kpisOfGroup(base, g, groupOf);
            const baseKp = kpiPercents(base, g, groupOf);
            const was = new Map(baseMembers.map((k, j) => [k.kpi, baseKp[j]!]));
            return (
              <Accordion.Item value={g} key={g}>
                <Accordion.Control>
                  <Group justify="space-between" pr="xs">
                    <Text size="sm" fw={500}>
                      {groupLabel(g)}
                    </Text>
                    <Text size="xs" c="dimmed" className="tabular">
                      {members.length} KPIs · {pct(percents[i]!)} of the score
                    </Text>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap={6} data-testid={`kpi-weights-${g}`}>
                    {members.map((k, j) => (
                      <WeightRow
                        key={k.kpi}
                        id={k.kpi}
                        lockId={`kpi:${k.kpi}`}
                        label={kpiInfo.get(k.kpi)?.name ?? k.kpi}
                        of={groupLabel(g)}
                        value={kp[j]!}
                        baseline={was.get(k.kpi) ?? 0}
                        shareOf={k.kpi}
                        note={`was ${pct(was.get(k.kpi) ?? 0)}`}
                        locked={kpiLocked(k.kpi)}
                        stuck={members.every((o) => o.kpi === k.kpi || kpiLocked(o.kpi))}
                        onPreview={previewKpi}
                        onCommit={commit}
                        onToggleLock={toggleLock}
                      />
                    ))}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
      </Paper>
    </Stack>
  );
}
