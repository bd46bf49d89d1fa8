/**
 * Claims of a plan: enter one, import a CSV (row-level errors listed), move each claim on
 * (a proof reference is asked for when claiming), utilisation per partner, region and period,
 * and the allocations still unclaimed as the plan's claim deadline nears.
 */
import {
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type {
  MdfClaim,
  MdfClaimImportResult,
  MdfClaimStatus,
  MdfPlanSummary,
  MdfUtilisationRow,
} from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { TableCard } from '../../components/TableCard';
import { useApiQuery } from '../../hooks/use-api-query';
import { useAsyncAction } from '../../hooks/use-async-action';
import { PlanSelect } from './PlanSelect';
import { cents, parseMoney, percent } from './money';
import { formatCount } from '../../format/numbers';

const NEXT: Record<MdfClaimStatus, MdfClaimStatus[]> = {
  planned: ['claimed'],
  claimed: ['approved', 'rejected'],
  approved: ['paid'],
  rejected: [],
  paid: [],
};
const STATUS_COLOR: Record<MdfClaimStatus, string> = {
  planned: 'gray',
  claimed: 'blue',
  approved: 'teal',
  rejected: 'red',
  paid: 'green',
};

async function move(id: number, to: MdfClaimStatus, proofRef?: string) {
  return api.call('mdf.moveClaim', { id, to, ...(proofRef ? { proofRef } : {}) });
}
async function add(input: Parameters<typeof api.call<'mdf.addClaim'>>[1]) {
  return api.call('mdf.addClaim', input);
}
async function importCsv(file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return api.call('mdf.importClaims', { fileName: file.name, base64: btoa(binary) });
}

function UtilisationTable({
  title,
  rows,
  currency,
}: {
  title: string;
  rows: MdfUtilisationRow[];
  currency: string;
}) {
  return (
    <TableCard title={title}>
      <Table.ScrollContainer minWidth={300} maxHeight={260}>
        <Table aria-label={title} fz="sm" striped stickyHeader verticalSpacing={2} tabularNums>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th className="num">Allocated</Table.Th>
              <Table.Th className="num">Claimed + approved + paid</Table.Th>
              <Table.Th className="num">Utilisation</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>{r.label}</Table.Td>
                <Table.Td className="num">{cents(r.allocatedCents, currency, true)}</Table.Td>
                <Table.Td className="num">
                  {cents(r.claimedCents + r.approvedCents + r.paidCents, currency, true)}
                </Table.Td>
                <Table.Td className="num">{percent(r.utilisation, 0)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </TableCard>
  );
}

function ClaimRow({
  claim,
  currency,
  onMoved,
}: {
  claim: MdfClaim;
  currency: string;
  onMoved: () => void;
}) {
  const mover = useAsyncAction(move);
  const [proof, setProof] = useState<string | null>(null);
  const go = async (to: MdfClaimStatus) => {
    if (to === 'claimed' && proof === null && !claim.proofRef) return setProof('');
    const r = await mover.run(claim.id, to, proof ?? undefined);
    if (r.ok) {
      setProof(null);
      onMoved();
    }
  };
  return (
    <Table.Tr>
      <Table.Td>{claim.reference}</Table.Td>
      <Table.Td>{claim.partnerName}</Table.Td>
      <Table.Td>{claim.activity}</Table.Td>
      <Table.Td className="num">{cents(claim.amountCents, currency)}</Table.Td>
      <Table.Td>
        <Badge size="sm" variant="light" color={STATUS_COLOR[claim.status]}>
          {claim.status}
        </Badge>
      </Table.Td>
      <Table.Td>{claim.proofRef ?? '—'}</Table.Td>
      <Table.Td>{claim.updatedOn}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {proof !== null && (
            <TextInput
              size="xs"
              w={140}
              autoFocus
              placeholder="Proof reference"
              aria-label={`Proof reference for ${claim.reference}`}
              value={proof}
              onChange={(e) => setProof(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && void go('claimed')}
            />
          )}
          {NEXT[claim.status].map((to) => (
            <Button
              key={to}
              size="compact-xs"
              variant={to === 'rejected' ? 'subtle' : 'light'}
              color={to === 'rejected' ? 'red' : undefined}
              loading={mover.pending}
              onClick={() => void go(to)}
            >
              {to === 'claimed'
                ? 'Claim'
                : to === 'approved'
                  ? 'Approve'
                  : to === 'rejected'
                    ? 'Reject'
                    : 'Mark paid'}
            </Button>
          ))}
        </Group>
        {mover.error && (
          <Text size="xs" c="red">
            {mover.error.message}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function AddClaimForm({ plan, onAdded }: { plan: MdfPlanSummary; onAdded: () => void }) {
  const detail = useApiQuery('mdf.plan', { id: plan.id });
  const adder = useAsyncAction(add);
  const [partner, setPartner] = useState<string | null>(null);
  const [reference, setReference] = useState('');
  const [activity, setActivity] = useState('');
  const [amount, setAmount] = useState('');
  const partners = (detail.data?.proposal.rows ?? [])
    .filter((r) => r.amountCents > 0)
    .map((r) => ({ value: r.externalId, label: `${r.name} (${r.externalId})` }));
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" aria-label="New claim">
      <Select
        size="xs"
        w={260}
        label="Partner"
        searchable
        data={partners}
        value={partner}
        onChange={setPartner}
      />
      <TextInput
        size="xs"
        w={130}
        label="Reference"
        value={reference}
        onChange={(e) => setReference(e.currentTarget.value)}
      />
      <TextInput
        size="xs"
        w={200}
        label="Activity"
        value={activity}
        onChange={(e) => setActivity(e.currentTarget.value)}
      />
      <TextInput
        size="xs"
        w={120}
        label="Amount"
        value={amount}
        onChange={(e) => setAmount(e.currentTarget.value)}
      />
      <Button
        size="xs"
        loading={adder.pending}
        disabled={!partner || !reference.trim() || parseMoney(amount) === null}
        onClick={async () => {
          const r = await adder.run({
            planId: plan.id,
            partner: partner!,
            reference: reference.trim(),
            activity,
            amountCents: parseMoney(amount)!,
          });
          if (r.ok) {
            setReference('');
            setAmount('');
            setActivity('');
            onAdded();
          }
        }}
      >
        Add planned claim
      </Button>
      {adder.error && <ApiErrorAlert error={adder.error} context="The claim" />}
    </Group>
  );
}

export function ClaimsTab({ currency }: { currency: string }) {
  const plans = useApiQuery('mdf.plans', {});
  const [planId, setPlanId] = useState<number | null>(null);
  if (plans.status === 'loading') return <LoadingState label="Loading plans…" />;
  if (plans.status === 'error')
    return <ApiErrorAlert error={plans.error} context="Plans" onRetry={plans.reload} />;
  const current = plans.data.find((p) => p.id === planId) ?? plans.data[0] ?? null;
  if (!current)
    return (
      <Text size="sm" c="dimmed">
        Claims are made against a saved plan: save one on the Plan tab first.
      </Text>
    );
  return (
    <PlanClaims
      key={current.id}
      plans={plans.data}
      current={current}
      onPlan={setPlanId}
      currency={currency}
    />
  );
}

function PlanClaims({
  plans,
  current,
  onPlan,
  currency,
}: {
  plans: MdfPlanSummary[];
  current: MdfPlanSummary;
  onPlan: (id: number) => void;
  currency: string;
}) {
  const [status, setStatus] = useState<MdfClaimStatus | null>(null);
  const [importMessage, setImportMessage] = useState<string | null>(null);
  const [importErrors, setImportErrors] = useState<MdfClaimImportResult['errors']>([]);
  const importer = useAsyncAction(importCsv);
  const claims = useApiQuery('mdf.claims', { planId: current.id, ...(status ? { status } : {}) });
  const usage = useApiQuery('mdf.utilisation', { planId: current.id });
  const refresh = () => {
    claims.reload();
    usage.reload();
  };
  return (
    <Stack gap="sm">
      <Group gap="xs" align="flex-end">
        <PlanSelect plans={plans} current={current} onPlan={onPlan} ariaLabel="Claims plan" />
        <Select
          size="xs"
          w={150}
          label="Status"
          placeholder="All"
          clearable
          data={['planned', 'claimed', 'approved', 'rejected', 'paid']}
          value={status}
          onChange={(v) => setStatus(v as MdfClaimStatus | null)}
        />
        <FileButton
          accept=".csv,text/csv"
          onChange={async (file) => {
            if (!file) return;
            const r = await importer.run(file);
            setImportErrors([]);
            if (r.ok) {
              setImportMessage(
                r.value.errors.length
                  ? null
                  : `Imported ${r.value.imported} claims from ${r.value.fileName}.`,
              );
              if (r.value.errors.length === 0) refresh();
              else setImportErrors(r.value.errors);
            }
          }}
        >
          {(props) => (
            <Button size="xs" variant="default" loading={importer.pending} {...props}>
              Import claims (CSV)…
            </Button>
          )}
        </FileButton>
      </Group>
      {importErrors.length > 0 && (
        <Alert
          color="red"
          p="xs"
          title="Nothing was imported: fix these rows and import the file again"
          withCloseButton
          onClose={() => setImportErrors([])}
        >
          <List size="sm">
            {importErrors.slice(0, 20).map((e, i) => (
              <List.Item key={i}>
                {e.file}, row {e.row}, column {e.column || '—'}: {e.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {importMessage && (
        <Alert color="green" p="xs" withCloseButton onClose={() => setImportMessage(null)}>
          {importMessage}
        </Alert>
      )}
      {importer.error && <ApiErrorAlert error={importer.error} context="The import" />}
      <AddClaimForm plan={current} onAdded={refresh} />
      {usage.data && usage.data.unused.length > 0 && (
        <Alert
          color="orange"
          p="xs"
          title={`${usage.data.unused.length} allocations with a quarter or more unclaimed as the deadline nears`}
        >
          <List size="sm">
            {usage.data.unused.slice(0, 8).map((u) => (
              <List.Item key={`${u.planId}-${u.partnerId}`}>{u.message}</List.Item>
            ))}
          </List>
          {usage.data.unused.length > 8 && (
            <Text size="xs">…and {usage.data.unused.length - 8} more.</Text>
          )}
        </Alert>
      )}
      <TableCard
        title="Which claims are open, and what do they need?"
        note={claims.data ? formatCount(claims.data.length, 'claim') : undefined}
      >
        {claims.status === 'error' ? (
          <ApiErrorAlert error={claims.error} context="Claims" onRetry={claims.reload} />
        ) : (
          <Table.ScrollContainer minWidth={800} maxHeight={420}>
            <Table aria-label="Claims" striped stickyHeader fz="sm" verticalSpacing={4} tabularNums>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Reference</Table.Th>
                  <Table.Th>Partner</Table.Th>
                  <Table.Th>Activity</Table.Th>
                  <Table.Th className="num">Amount</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Proof</Table.Th>
                  <Table.Th>Updated</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(claims.data ?? []).map((c) => (
                  <ClaimRow key={c.id} claim={c} currency={currency} onMoved={refresh} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </TableCard>
      {usage.data && (
        <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="sm">
          <UtilisationTable
            title="Utilisation by partner"
            rows={usage.data.byPartner}
            currency={currency}
          />
          <UtilisationTable
            title="Utilisation by region"
            rows={usage.data.byRegion}
            currency={currency}
          />
          <UtilisationTable
            title="Utilisation by period"
            rows={usage.data.byPeriod}
            currency={currency}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
