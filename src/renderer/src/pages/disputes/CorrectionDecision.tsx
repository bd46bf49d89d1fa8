/**
 * Approve or reject a requested correction as a second person. The app has no login: the
 * approver types their name and the backend refuses the requester's own name.
 */
import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { CorrectionItem } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAsyncAction } from '../../hooks/use-async-action';

const decide = (id: number, approver: string, approve: boolean) =>
  approve
    ? api.call('disputes.approveCorrection', { id, approver })
    : api.call('disputes.rejectCorrection', { id, approver });

export function CorrectionDecision({ correction }: { correction: CorrectionItem }) {
  const [name, setName] = useState('');
  const action = useAsyncAction(decide);
  return (
    <>
      <Group gap="xs" align="flex-end">
        <TextInput
          size="xs"
          w={200}
          label="Your name (second person)"
          placeholder={`not ${correction.requestedBy}`}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-testid="approver-name"
        />
        <Button
          size="xs"
          color="green"
          disabled={!name.trim()}
          loading={action.pending}
          onClick={() => void action.run(correction.id, name, true)}
          data-testid="approve-correction"
        >
          Approve
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={!name.trim()}
          loading={action.pending}
          onClick={() => void action.run(correction.id, name, false)}
        >
          Reject
        </Button>
      </Group>
      {action.error && (
        <ApiErrorAlert
          error={action.error}
          context="Deciding the correction"
          onClose={action.clearError}
        />
      )}
    </>
  );
}
