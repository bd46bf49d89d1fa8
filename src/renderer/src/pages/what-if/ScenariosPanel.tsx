import { Badge, Button, Checkbox, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ScenarioSummary } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { formatTimestamp } from '../../format/dates';
import { useApiQuery } from '../../hooks/use-api-query';
import { useAsyncAction } from '../../hooks/use-async-action';
import { CompareDialog } from './CompareDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { scopeLabel } from './ScopeSelect';
import { useWhatIf } from './whatif-context';
import { useUnsaved, useWhatIfStore } from './whatif-store';

export const MAX_COMPARED = 3;

const loadScenario = (scenarioId: number) => api.call('scenarios.get', { scenarioId });
const deleteScenario = (scenarioId: number) => api.call('scenarios.delete', { scenarioId });

/** Saved scenarios of this methodology: load, delete, pick up to three to compare. */
export function ScenariosPanel() {
  const { context } = useWhatIf();
  const list = useApiQuery('scenarios.list', { methodologyId: context.baseline.id });
  const revision = useWhatIfStore((s) => s.listRevision);
  const loaded = useWhatIfStore((s) => s.loaded);
  const apply = useWhatIfStore((s) => s.loadScenario);
  const forget = useWhatIfStore((s) => s.forgetScenario);
  const unsaved = useUnsaved();
  const [picked, setPicked] = useState<number[]>([]);
  const [comparing, setComparing] = useState(false);
  const [deleting, setDeleting] = useState<ScenarioSummary | null>(null);
  const [replacing, setReplacing] = useState<ScenarioSummary | null>(null);
  const loading = useAsyncAction(loadScenario);
  const removing = useAsyncAction(deleteScenario);
  const { reload } = list;
  useEffect(() => {
    if (revision > 0) reload();
  }, [revision, reload]);

  const load = async (s: ScenarioSummary) => {
    setReplacing(null);
    const result = await loading.run(s.id);
    if (result.ok) apply(result.value);
  };
  const remove = async (s: ScenarioSummary) => {
    const result = await removing.run(s.id);
    setDeleting(null);
    if (result.ok) {
      forget(s.id);
      setPicked((p) => p.filter((id) => id !== s.id));
      reload();
    }
  };

  if (list.status === 'loading') return <LoadingState label="Reading the saved scenarios…" />;
  if (list.status === 'error') {
    return <ApiErrorAlert error={list.error} context="Reading the scenarios" onRetry={reload} />;
  }
  const scenarios = list.data;
  const toggle = (id: number, on: boolean) =>
    setPicked((p) => (on ? [...p, id].slice(-MAX_COMPARED) : p.filter((x) => x !== id)));
  return (
    <Paper withBorder p="sm" data-testid="whatif-scenarios">
      <Group justify="space-between" mb="xs">
        <Title order={3} fz="sm">
          Saved scenarios
        </Title>
        <Button
          size="xs"
          variant="light"
          disabled={picked.length === 0}
          onClick={() => setComparing(true)}
        >
          Compare{picked.length ? ` (${picked.length})` : ''}…
        </Button>
      </Group>
      {(loading.error ?? removing.error) && (
        <ApiErrorAlert
          error={(loading.error ?? removing.error)!}
          onClose={() => {
            loading.clearError();
            removing.clearError();
          }}
        />
      )}
      {scenarios.length === 0 ? (
        <Text size="sm" c="dimmed" py="sm">
          No saved scenario yet. Change some weights, then <b>Save scenario…</b> to keep them under
          a name; save two or three to compare them side by side.
        </Text>
      ) : (
        <>
          <Text size="xs" c="dimmed" mb={4}>
            Tick up to {MAX_COMPARED} to compare them side by side.
          </Text>
          <Table.ScrollContainer minWidth={440}>
            <Table verticalSpacing={4} fz="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={32} />
                  <Table.Th>Scenario</Table.Th>
                  <Table.Th>Saved</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {scenarios.map((s) => {
                  const on = picked.includes(s.id);
                  return (
                    <Table.Tr key={s.id} data-scenario={s.name}>
                      <Table.Td>
                        <Checkbox
                          size="xs"
                          aria-label={`Compare ${s.name}`}
                          checked={on}
                          disabled={!on && picked.length >= MAX_COMPARED}
                          onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Text size="sm" fw={500} lineClamp={1} title={s.name}>
                            {s.name}
                          </Text>
                          {loaded?.id === s.id && (
                            <Badge size="xs" variant="light" style={{ flexShrink: 0 }}>
                              on screen
                            </Badge>
                          )}
                          {s.publishedVersion !== null && (
                            <Badge size="xs" variant="light" color="teal" style={{ flexShrink: 0 }}>
                              published as version {s.publishedVersion}
                            </Badge>
                          )}
                        </Group>
                        <Text size="xs" c="dimmed" lineClamp={1} title={s.note || undefined}>
                          {scopeLabel(s.scope)} · against{' '}
                          {s.baseVersion !== null ? `version ${s.baseVersion}` : 'the draft'}
                          {s.note ? ` · ${s.note}` : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td className="nowrap">
                        <Text size="xs" c="dimmed">
                          {formatTimestamp(s.updatedAt)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          <Button
                            size="compact-xs"
                            variant="default"
                            aria-label={`Load ${s.name}`}
                            loading={loading.pending}
                            onClick={() => (unsaved ? setReplacing(s) : void load(s))}
                          >
                            Load
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            aria-label={`Delete ${s.name}`}
                            onClick={() => setDeleting(s)}
                          >
                            Delete
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this scenario?"
        confirmLabel="Delete"
        danger
        pending={removing.pending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && void remove(deleting)}
      >
        “{deleting?.name}” is deleted for good.
        {deleting?.publishedVersion != null &&
          ` The methodology version it was published as (version ${deleting.publishedVersion}) stays.`}
      </ConfirmDialog>
      <ConfirmDialog
        opened={replacing !== null}
        title="Load another scenario?"
        confirmLabel="Load and discard my changes"
        onClose={() => setReplacing(null)}
        onConfirm={() => replacing && void load(replacing)}
      >
        The weighting on screen has unsaved changes. Loading “{replacing?.name}” replaces it (Undo
        brings it back).
      </ConfirmDialog>
      <CompareDialog opened={comparing} scenarioIds={picked} onClose={() => setComparing(false)} />
    </Paper>
  );
}
