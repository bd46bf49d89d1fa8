import { Button, Group, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import type { MethodologyDetail } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAsyncAction } from '../../hooks/use-async-action';
import { useDirty, useEditorStore } from './editor-store';
import { PublishDialog } from './PublishDialog';

const save = (methodologyId: number, definition: MethodologyDetail['definition']) =>
  api.call('methodology.update', { methodologyId, definition });
const discard = (methodologyId: number) => api.call('methodology.discardDraft', { methodologyId });

/** Save draft (Ctrl+S), undo (Ctrl+Z), reset, discard the draft, publish. */
export function EditorActions({ detail }: { detail: MethodologyDetail }) {
  const definition = useEditorStore((s) => s.definition);
  const markSaved = useEditorStore((s) => s.markSaved);
  const load = useEditorStore((s) => s.load);
  const undo = useEditorStore((s) => s.undo);
  const canUndo = useEditorStore((s) => s.history.length > 0);
  const dirty = useDirty();
  const saving = useAsyncAction(save);
  const discarding = useAsyncAction(discard);
  const [publishing, setPublishing] = useState(false);
  const id = detail.methodology.id;
  const isDraft = detail.version.status === 'draft';

  const saveNow = async () => {
    if (!definition || !dirty) return;
    const result = await saving.run(id, definition);
    // The methodology reads again by itself (the write's `methodology` topic).
    if (result.ok) markSaved(result.value.definition);
  };
  useHotkeys([
    ['mod+S', () => void saveNow()],
    ['mod+Z', () => undo()],
  ]);

  return (
    <>
      <Group gap="xs" data-testid="editor-actions">
        <Button onClick={() => void saveNow()} disabled={!dirty} loading={saving.pending}>
          Save draft
        </Button>
        <Button variant="default" onClick={undo} disabled={!canUndo}>
          Undo
        </Button>
        <Button variant="default" disabled={!dirty} onClick={() => load(id, detail.definition)}>
          Reset changes
        </Button>
        <Button
          variant="light"
          color="teal"
          onClick={() => setPublishing(true)}
          disabled={!isDraft && !dirty}
        >
          Publish…
        </Button>
        {isDraft && detail.methodology.publishedVersion !== null && (
          <Button
            variant="subtle"
            color="red"
            loading={discarding.pending}
            onClick={async () => {
              await discarding.run(id);
            }}
          >
            Discard draft
          </Button>
        )}
        <Text size="xs" c="dimmed">
          {dirty ? 'Unsaved changes' : isDraft ? 'Draft saved' : 'No changes'}
        </Text>
      </Group>
      {saving.error && (
        <ApiErrorAlert
          error={saving.error}
          context="Saving the draft"
          onClose={saving.clearError}
        />
      )}
      {discarding.error && (
        <ApiErrorAlert error={discarding.error} onClose={discarding.clearError} />
      )}
      <PublishDialog
        opened={publishing}
        detail={detail}
        onClose={() => setPublishing(false)}
        onPublished={() => setPublishing(false)}
      />
    </>
  );
}
