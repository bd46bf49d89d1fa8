/** Record a correction of one stored value for a dispute: it waits for a second person's approval. */
import { Button, Group, NumberInput, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { DisputeItem } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useApiQuery } from '../../hooks/use-api-query';
import { useAsyncAction } from '../../hooks/use-async-action';

interface Draft {
  measure: string | null;
  period: string;
  value: number | string;
  reason: string;
  requestedBy: string;
  expiresOn: string;
}

const request = (dispute: DisputeItem, d: Draft) =>
  api.call('disputes.requestCorrection', {
    disputeId: dispute.id,
    partner: dispute.partner.externalId,
    period: d.period,
    measure: d.measure ?? '',
    value: Number(d.value),
    reason: d.reason,
    requestedBy: d.requestedBy,
    ...(d.expiresOn ? { expiresOn: d.expiresOn } : {}),
  });

export function CorrectionForm({ dispute, onDone }: { dispute: DisputeItem; onDone: () => void }) {
  const measures = useApiQuery('import.measures', {}, { reads: ['data'] });
  const [draft, setDraft] = useState<Draft>({
    measure:
      dispute.kpiKey && measures.data?.some((m) => m.key === dispute.kpiKey)
        ? dispute.kpiKey
        : null,
    period: dispute.periodKey,
    value: '',
    reason: '',
    requestedBy: '',
    expiresOn: '',
  });
  // The disputed KPI when it is a stored measure of its own (revenue, margin…), until one is chosen.
  const measure =
    draft.measure ?? (measures.data?.some((m) => m.key === dispute.kpiKey) ? dispute.kpiKey : null);
  const action = useAsyncAction(request);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const ready = measure && draft.value !== '' && draft.reason.trim() && draft.requestedBy.trim();
  return (
    <Stack gap="xs" data-testid="correction-form">
      <Group gap="xs" align="flex-end" grow>
        <Select
          size="xs"
          label="Stored value to correct"
          placeholder="Measure"
          searchable
          data={(measures.data ?? []).map((m) => ({ value: m.key, label: m.name }))}
          value={measure}
          onChange={(v) => set({ measure: v })}
          data-testid="correction-measure"
        />
        <TextInput
          size="xs"
          label="Period"
          value={draft.period}
          onChange={(e) => set({ period: e.currentTarget.value })}
        />
        <NumberInput
          size="xs"
          label="Corrected value"
          value={draft.value}
          onChange={(v) => set({ value: v })}
          thousandSeparator=","
          data-testid="correction-value"
        />
        <TextInput
          size="xs"
          type="date"
          label="Expires on (optional)"
          value={draft.expiresOn}
          onChange={(e) => set({ expiresOn: e.currentTarget.value })}
        />
      </Group>
      <Group gap="xs" align="flex-end" grow>
        <Textarea
          size="xs"
          label="Reason"
          autosize
          minRows={1}
          value={draft.reason}
          onChange={(e) => set({ reason: e.currentTarget.value })}
          data-testid="correction-reason"
        />
        <TextInput
          size="xs"
          label="Requested by"
          value={draft.requestedBy}
          onChange={(e) => set({ requestedBy: e.currentTarget.value })}
          data-testid="correction-requester"
        />
      </Group>
      <Group justify="flex-end">
        <Button
          size="xs"
          disabled={!ready}
          loading={action.pending}
          onClick={() =>
            void action.run(dispute, { ...draft, measure }).then((r) => {
              if (r.ok) onDone();
            })
          }
          data-testid="request-correction"
        >
          Request correction
        </Button>
      </Group>
      {action.error && (
        <ApiErrorAlert
          error={action.error}
          context="Requesting the correction"
          onClose={action.clearError}
        />
      )}
    </Stack>
  );
}
