/**
 * The partner page's disputes panel: open a dispute of a KPI figure or the tier of the period,
 * and see the partner's disputes and corrections (with the score before and after each).
 */
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PartnerPage } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useApiQuery } from '../../hooks/use-api-query';
import { useAsyncAction } from '../../hooks/use-async-action';
import { CorrectionsTable } from './CorrectionsTable';
import { DISPUTE_STATUS } from './status';
import { formatWaiting, useNow, waitedSeconds } from './waiting';

interface Draft {
  figure: string | null;
  reason: string;
  evidence: string;
  raisedBy: string;
}

const open = (partner: string, period: string, d: Draft) =>
  api.call('disputes.open', {
    partner,
    period,
    subject: d.figure === 'tier' ? 'tier' : 'kpi',
    ...(d.figure && d.figure !== 'tier' ? { kpi: d.figure } : {}),
    reason: d.reason,
    evidence: d.evidence,
    raisedBy: d.raisedBy,
  });

function OpenDisputeModal({ page, onClose }: { page: PartnerPage; onClose: () => void }) {
  const [draft, setDraft] = useState<Draft>({
    figure: null,
    reason: '',
    evidence: '',
    raisedBy: '',
  });
  const action = useAsyncAction(open);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const period = page.explanation.period;
  return (
    <Modal opened onClose={onClose} title={`Dispute a figure of ${period.label}`} size="lg">
      <Stack gap="xs">
        <Select
          label="Disputed figure"
          placeholder="A KPI, or the tier"
          data={[
            { value: 'tier', label: `Tier (${page.explanation.tier ?? 'unscored'})` },
            ...page.explanation.kpis.map((k) => ({ value: k.key, label: k.name })),
          ]}
          value={draft.figure}
          onChange={(v) => set({ figure: v })}
          searchable
          data-testid="dispute-figure"
        />
        <Textarea
          label="Reason"
          autosize
          minRows={2}
          value={draft.reason}
          onChange={(e) => set({ reason: e.currentTarget.value })}
          data-testid="dispute-reason"
        />
        <Textarea
          label="Evidence"
          description="Invoice numbers, deal IDs, certificates, a file name…"
          autosize
          minRows={1}
          value={draft.evidence}
          onChange={(e) => set({ evidence: e.currentTarget.value })}
        />
        <TextInput
          label="Raised by"
          value={draft.raisedBy}
          onChange={(e) => set({ raisedBy: e.currentTarget.value })}
        />
        {action.error && <ApiErrorAlert error={action.error} onClose={action.clearError} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            disabled={!draft.figure || !draft.reason.trim()}
            loading={action.pending}
            onClick={() =>
              void action.run(page.profile.externalId, period.key, draft).then((r) => {
                if (r.ok) onClose();
              })
            }
            data-testid="dispute-submit"
          >
            Open dispute
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function PartnerDisputes({ page }: { page: PartnerPage }) {
  const partner = page.profile.externalId;
  const [opening, setOpening] = useState(false);
  const now = useNow();
  const disputes = useApiQuery('disputes.list', { status: 'all', partner });
  const corrections = useApiQuery('disputes.corrections', { partner });
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="disputes-title"
      data-testid="partner-disputes"
    >
      <Group justify="space-between" mb={6}>
        <Title order={2} fz="sm" id="disputes-title">
          Disputes and corrections
        </Title>
        <Button
          size="xs"
          variant="light"
          onClick={() => setOpening(true)}
          data-testid="open-dispute"
        >
          Dispute a figure…
        </Button>
      </Group>
      {opening && <OpenDisputeModal page={page} onClose={() => setOpening(false)} />}
      {disputes.status === 'error' && (
        <ApiErrorAlert error={disputes.error} onRetry={disputes.reload} />
      )}
      {disputes.data && disputes.data.length > 0 && (
        <Stack gap={2} mb="xs">
          {disputes.data.map((d) => (
            <Group key={d.id} gap="xs">
              <Badge size="xs" variant="light" color={DISPUTE_STATUS[d.status].color}>
                {DISPUTE_STATUS[d.status].label}
              </Badge>
              <Anchor component={Link} to="/disputes" size="sm">
                {d.subject === 'tier' ? 'Tier' : d.kpiName} · {d.periodLabel}
              </Anchor>
              <Text size="xs" c="dimmed">
                {d.status.startsWith('resolved') ? 'waited' : 'waiting'}{' '}
                {formatWaiting(waitedSeconds(d, now))} · {d.reason}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      {corrections.data && corrections.data.length > 0 && (
        <CorrectionsTable corrections={corrections.data} currency={page.currency} />
      )}
      {disputes.data?.length === 0 && corrections.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          No disputes or corrections for this partner.
        </Text>
      )}
    </Paper>
  );
}
