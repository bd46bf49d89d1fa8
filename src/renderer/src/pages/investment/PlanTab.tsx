/**
 * Propose, adjust, save and export a plan. The proposal follows the draft (budget, scope,
 * rules, hand-set amounts); the previous answer stays on screen while the next is computed.
 */
import { Alert, Button, Group, Menu, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { MdfProposal, PeriodRef } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../hooks/use-api-query';
import { useAsyncAction } from '../../hooks/use-async-action';
import { saveExport } from '../print/download-export';
import { AllocationTable } from './AllocationTable';
import { proposalInput, usePlanDraft } from './plan-draft-store';
import { PlanSummary } from './PlanSummary';
import { RulesPanel } from './RulesPanel';
import { cents } from './money';

async function savePlan(input: Parameters<typeof api.call<'mdf.savePlan'>>[1]) {
  return api.call('mdf.savePlan', input);
}
async function loadPlan(id: number) {
  return api.call('mdf.plan', { id });
}
async function exportProposal(input: Parameters<typeof api.call<'mdf.exportPlan'>>[1]) {
  return saveExport(await api.call('mdf.exportPlan', input));
}

/** How the draft differs from the saved plan it is compared with, in one sentence. */
function ChangeSummary({
  proposal,
  baseline,
  currency,
}: {
  proposal: MdfProposal;
  baseline: Map<number, number>;
  currency: string;
}) {
  let up = 0;
  let down = 0;
  let moved = 0;
  for (const r of proposal.rows) {
    const d = r.amountCents - (baseline.get(r.partnerId) ?? 0);
    if (d > 0) up++;
    if (d < 0) down++;
    moved += Math.abs(d);
  }
  for (const [id, amount] of baseline) {
    if (amount > 0 && !proposal.rows.some((r) => r.partnerId === id)) {
      down++;
      moved += amount;
    }
  }
  return (
    <Text size="sm" data-testid="plan-change-summary">
      {up} partners get more, {down} less; {cents(moved / 2, currency)} moves between partners.
    </Text>
  );
}

export function PlanTab({
  periods,
  currency,
  onSaved,
}: {
  periods: PeriodRef[];
  currency: string;
  onSaved: () => void;
}) {
  const draft = usePlanDraft();
  const input = proposalInput(draft);
  const proposal = useApiQuery('mdf.propose', input);
  const save = useAsyncAction(savePlan);
  const exporter = useAsyncAction(exportProposal);
  const [saved, setSaved] = useState<string | null>(null);
  // The rules panel keeps its choices (tiers, regions) while a proposal is refused.
  const [last, setLast] = useState<MdfProposal | undefined>(undefined);
  if (proposal.data && proposal.data !== last) setLast(proposal.data);
  const data = proposal.status === 'error' ? undefined : proposal.data;
  const [baseId, setBaseId] = useState<string | null>(null);
  const [baseline, setBaseline] = useState<Map<number, number> | null>(null);
  const plans = useApiQuery('mdf.plans', {});
  const baseLoader = useAsyncAction(loadPlan);
  const pickBase = async (id: string | null) => {
    setBaseId(id);
    setBaseline(null);
    if (!id) return;
    const r = await baseLoader.run(Number(id));
    if (r.ok) setBaseline(new Map(r.value.proposal.rows.map((x) => [x.partnerId, x.amountCents])));
  };
  const lockCount = Object.keys(draft.locks).length;
  return (
    <Stack gap="sm">
      <RulesPanel periods={periods} proposal={proposal.data ?? last} />
      {proposal.status === 'error' && (
        <ApiErrorAlert error={proposal.error} context="The proposal" onRetry={proposal.reload} />
      )}
      {proposal.status === 'loading' && <LoadingState label="Proposing an allocation…" />}
      {data && (
        <>
          <PlanSummary proposal={data} currency={currency} />
          <Group justify="space-between" align="flex-end">
            <Group gap="xs" align="flex-end">
              <TextInput
                size="xs"
                w={220}
                label="Plan name"
                aria-label="Plan name"
                placeholder={`MDF ${data.period.label}`}
                value={draft.name}
                onChange={(e) => draft.set({ name: e.currentTarget.value })}
              />
              <Button
                size="xs"
                loading={save.pending}
                onClick={async () => {
                  const name = draft.name.trim() || `MDF ${data.period.label}`;
                  const r = await save.run({
                    ...input,
                    name,
                    ...(draft.planId !== null ? { id: draft.planId } : {}),
                  });
                  if (r.ok) {
                    draft.set({ planId: r.value.id, name: r.value.name });
                    setSaved(`Saved “${r.value.name}”.`);
                    onSaved();
                    plans.reload();
                  }
                }}
              >
                {draft.planId !== null ? 'Save plan' : 'Save as new plan'}
              </Button>
              {draft.planId !== null && (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => draft.set({ planId: null, name: '' })}
                >
                  Save as a copy…
                </Button>
              )}
              {lockCount > 0 && (
                <Button size="xs" variant="subtle" onClick={() => draft.set({ locks: {} })}>
                  Clear {lockCount} hand-set amount{lockCount === 1 ? '' : 's'}
                </Button>
              )}
            </Group>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button size="xs" variant="default" loading={exporter.pending}>
                  Export
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => void exporter.run({ proposal: input, format: 'xlsx' })}>
                  Excel (.xlsx)
                </Menu.Item>
                <Menu.Item onClick={() => void exporter.run({ proposal: input, format: 'csv' })}>
                  CSV
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
          {saved && (
            <Alert color="green" p="xs" withCloseButton onClose={() => setSaved(null)}>
              {saved}
            </Alert>
          )}
          {save.error && <ApiErrorAlert error={save.error} context="Saving the plan" />}
          {exporter.error && <ApiErrorAlert error={exporter.error} context="The export" />}
          <Group gap="xs" align="flex-end">
            <Select
              size="xs"
              w={260}
              label="Compare with a saved plan"
              aria-label="Compare with a saved plan"
              placeholder="No comparison"
              clearable
              data={(plans.data ?? []).map((p) => ({
                value: String(p.id),
                label: `${p.name} (${p.period})`,
              }))}
              value={baseId}
              onChange={(v) => void pickBase(v)}
            />
            {baseline && <ChangeSummary proposal={data} baseline={baseline} currency={currency} />}
          </Group>
          <AllocationTable proposal={data} currency={currency} baseline={baseline} />
        </>
      )}
    </Stack>
  );
}
