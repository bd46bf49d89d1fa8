import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { MethodologyDetail, PublishResult } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAsyncAction } from '../../hooks/use-async-action';
import { useDirty, useEditorStore } from './editor-store';

async function publish(
  methodologyId: number,
  summary: string,
  definition: MethodologyDetail['definition'] | null,
) {
  if (definition) await api.call('methodology.update', { methodologyId, definition });
  return api.call('methodology.publish', { methodologyId, summary });
}

interface Props {
  opened: boolean;
  detail: MethodologyDetail;
  onClose: () => void;
  onPublished: () => void;
}

/** Publishing saves pending edits, freezes the version, writes the changelog and a score snapshot. */
export function PublishDialog({ opened, detail, onClose, onPublished }: Props) {
  const [summary, setSummary] = useState('');
  const [done, setDone] = useState<PublishResult | null>(null);
  const definition = useEditorStore((s) => s.definition);
  const markSaved = useEditorStore((s) => s.markSaved);
  const dirty = useDirty();
  const action = useAsyncAction(publish);
  const close = () => {
    if (done) onPublished();
    else onClose();
    setDone(null);
    setSummary('');
  };
  return (
    <Modal opened={opened} onClose={close} title={`Publish ${detail.methodology.name}`}>
      {done ? (
        <Stack data-testid="publish-done">
          <Alert
            color="teal"
            variant="light"
            title={`Version ${done.changelog.version} is published`}
          >
            It can no longer change.{' '}
            {done.snapshot
              ? `Scores of ${done.snapshot.partnerCount} partners for ${done.snapshot.periodLabel} were stored with their data, so they can be reproduced later.`
              : 'There was no data to snapshot yet.'}
          </Alert>
          <List size="sm">
            {done.changelog.changes.map((c) => (
              <List.Item key={c}>{c}</List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button onClick={close}>Close</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">
            A published version never changes. Its changelog is what you communicate to partners; a
            snapshot of the latest period’s scores is stored with the data it came from.
          </Text>
          <Textarea
            label="What changed, and why"
            placeholder="e.g. More weight on pipeline for FY27; Gold now needs 2 certifications"
            autosize
            minRows={2}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            data-autofocus
          />
          {action.error && (
            <ApiErrorAlert error={action.error} context="Publishing" onClose={action.clearError} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color="teal"
              disabled={!summary.trim()}
              loading={action.pending}
              onClick={async () => {
                const result = await action.run(
                  detail.methodology.id,
                  summary.trim(),
                  dirty ? definition : null,
                );
                if (result.ok) {
                  markSaved(result.value.detail.definition);
                  setDone(result.value);
                }
              }}
            >
              Publish
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
