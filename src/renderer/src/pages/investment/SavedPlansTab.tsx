/**
 * Saved plans: open one into the editor, export it, write its figures into the MDF measures,
 * delete it, or tick two to four and compare them side by side.
 */
import { Alert, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { MdfComparison } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { TableCard } from '../../components/TableCard';
import { useApiQuery } from '../../hooks/use-api-query';
import { useAsyncAction } from '../../hooks/use-async-action';
import { saveExport } from '../print/download-export';
import { cents } from './money';
import { usePlanDraft } from './plan-draft-store';
import { formatCount } from '../../format/numbers';

async function openPlan(id: number) {
  return api.call('mdf.plan', { id });
}
async function comparePlans(ids: number[]) {
  return api.call('mdf.compare', { ids });
}
async function planAction(kind: 'delete' | 'sync' | 'xlsx', id: number): Promise<string> {
  if (kind === 'delete') {
    await api.call('mdf.deletePlan', { id });
    return 'Plan deleted.';
  }
  if (kind === 'sync') {
    const r = await api.call('mdf.syncKpis', { planId: id });
    return `MDF measures updated: ${r.values} values written as import ${r.importId} (undo it from the import history).`;
  }
  saveExport(await api.call('mdf.exportPlan', { planId: id, format: 'xlsx' }));
  return 'Plan exported.';
}

function Comparison({ cmp, currency }: { cmp: MdfComparison; currency: string }) {
  return (
    <TableCard
      title="How do the plans differ, partner by partner?"
      note={`${cmp.rows.length} partners`}
    >
      <Table.ScrollContainer minWidth={500} maxHeight={480}>
        <Table
          aria-label="Plan comparison"
          striped
          stickyHeader
          fz="sm"
          verticalSpacing={4}
          tabularNums
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Partner</Table.Th>
              <Table.Th>Tier</Table.Th>
              {cmp.plans.map((p) => (
                <Table.Th key={p.id} className="num">
                  {p.name}
                </Table.Th>
              ))}
              {cmp.plans.length === 2 && <Table.Th className="num">Difference</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr fw={600}>
              <Table.Td>Total allocated</Table.Td>
              <Table.Td />
              {cmp.totals.map((t, i) => (
                <Table.Td key={i} className="num">
                  {cents(t, currency)}
                </Table.Td>
              ))}
              {cmp.plans.length === 2 && (
                <Table.Td className="num">
                  {cents(cmp.totals[1]! - cmp.totals[0]!, currency)}
                </Table.Td>
              )}
            </Table.Tr>
            {cmp.rows.map((r) => (
              <Table.Tr key={r.partnerId}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>{r.tier ?? '—'}</Table.Td>
                {r.amounts.map((a, i) => (
                  <Table.Td key={i} className="num">
                    {a === null ? '—' : cents(a, currency)}
                  </Table.Td>
                ))}
                {cmp.plans.length === 2 && (
                  <Table.Td className="num">
                    {cents((r.amounts[1] ?? 0) - (r.amounts[0] ?? 0), currency)}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </TableCard>
  );
}

export function SavedPlansTab({ currency, onOpen }: { currency: string; onOpen: () => void }) {
  const plans = useApiQuery('mdf.plans', {});
  const [picked, setPicked] = useState<number[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const load = usePlanDraft((s) => s.load);
  const opener = useAsyncAction(openPlan);
  const comparer = useAsyncAction(comparePlans);
  const actor = useAsyncAction(planAction);
  const [cmp, setCmp] = useState<MdfComparison | null>(null);
  if (plans.status === 'loading') return <LoadingState label="Loading saved plans…" />;
  if (plans.status === 'error')
    return <ApiErrorAlert error={plans.error} context="Saved plans" onRetry={plans.reload} />;
  const toggle = (id: number) =>
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].slice(-4)));
  const act = async (kind: 'delete' | 'sync' | 'xlsx', id: number) => {
    const r = await actor.run(kind, id);
    if (r.ok) {
      setMessage(r.value);
      if (kind === 'delete') setPicked((p) => p.filter((x) => x !== id));
      plans.reload();
    }
  };
  return (
    <Stack gap="sm">
      <TableCard title="Which plans are saved?" note={formatCount(plans.data.length, 'plan')}>
        {plans.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            No plan saved yet: propose one on the Plan tab and save it.
          </Text>
        ) : (
          <Table aria-label="Saved plans" striped fz="sm" verticalSpacing={4} tabularNums>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={30} />
                <Table.Th>Plan</Table.Th>
                <Table.Th>Period</Table.Th>
                <Table.Th>Scope</Table.Th>
                <Table.Th className="num">Budget</Table.Th>
                <Table.Th className="num">Allocated</Table.Th>
                <Table.Th className="num">Partners</Table.Th>
                <Table.Th>Claims close</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Checkbox
                      size="xs"
                      aria-label={`Compare ${p.name}`}
                      checked={picked.includes(p.id)}
                      onChange={() => toggle(p.id)}
                    />
                  </Table.Td>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{p.period}</Table.Td>
                  <Table.Td>
                    {[p.scope.region, p.scope.type, p.scope.program].filter(Boolean).join(' · ') ||
                      'All partners'}
                  </Table.Td>
                  <Table.Td className="num">{cents(p.budgetCents, currency)}</Table.Td>
                  <Table.Td className="num">{cents(p.allocatedCents, currency)}</Table.Td>
                  <Table.Td className="num">{p.partners}</Table.Td>
                  <Table.Td>{p.expiresOn}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={async () => {
                          const r = await opener.run(p.id);
                          if (r.ok) {
                            load(r.value);
                            onOpen();
                          }
                        }}
                      >
                        Open
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="default"
                        onClick={() => void act('xlsx', p.id)}
                      >
                        Export
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="default"
                        onClick={() => void act('sync', p.id)}
                      >
                        Update MDF KPIs
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => void act('delete', p.id)}
                      >
                        Delete
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group mt="xs">
          <Button
            size="xs"
            disabled={picked.length < 2}
            loading={comparer.pending}
            onClick={async () => {
              const r = await comparer.run(picked);
              if (r.ok) setCmp(r.value);
            }}
          >
            Compare {picked.length >= 2 ? picked.length : ''} plans side by side
          </Button>
          <Text size="xs" c="dimmed">
            Tick two to four plans.
          </Text>
        </Group>
      </TableCard>
      {message && (
        <Alert color="green" p="xs" withCloseButton onClose={() => setMessage(null)}>
          {message}
        </Alert>
      )}
      {[opener.error, comparer.error, actor.error].map(
        (e, i) => e && <ApiErrorAlert key={i} error={e} context="Saved plans" />,
      )}
      {cmp && <Comparison cmp={cmp} currency={currency} />}
    </Stack>
  );
}
