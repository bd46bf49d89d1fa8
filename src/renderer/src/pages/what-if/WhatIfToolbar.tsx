import { Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { canRedo, canUndo } from './history';
import { PublishScenarioDialog } from './PublishScenarioDialog';
import { SaveScenarioDialog } from './SaveScenarioDialog';
import { ScopeSelect } from './ScopeSelect';
import { useUndoHotkeys } from './use-undo-hotkeys';
import { useWhatIf } from './whatif-context';
import { useChanged, useUnsaved, useWhatIfStore } from './whatif-store';

function BaselineLine() {
  const { context } = useWhatIf();
  const b = context.baseline;
  return (
    <Text size="sm" data-testid="whatif-baseline">
      Against <b>{b.name}</b>{' '}
      <Badge variant="light" color={b.status === 'published' ? 'teal' : 'yellow'} size="sm">
        {b.version === null ? 'draft' : `version ${b.version} · ${b.status}`}
      </Badge>
    </Text>
  );
}

function EditStatus() {
  const loaded = useWhatIfStore((s) => s.loaded);
  const unsaved = useUnsaved();
  const changed = useChanged();
  const text = loaded
    ? `Scenario “${loaded.name}”${unsaved ? ' · unsaved changes' : ' · saved'}`
    : changed
      ? 'Unsaved weighting'
      : 'No change from the baseline yet';
  return (
    <Text size="xs" c="dimmed" data-testid="whatif-status">
      {text}
    </Text>
  );
}

/** Scope, baseline, undo/redo, reset, save and publish. */
export function WhatIfToolbar() {
  useUndoHotkeys();
  const undo = useWhatIfStore((s) => s.undo);
  const redo = useWhatIfStore((s) => s.redo);
  const reset = useWhatIfStore((s) => s.resetToBaseline);
  const undoable = useWhatIfStore((s) => !!s.history && canUndo(s.history));
  const redoable = useWhatIfStore((s) => !!s.history && canRedo(s.history));
  const changed = useChanged();
  const [dialog, setDialog] = useState<'save' | 'publish' | null>(null);
  return (
    <Paper withBorder p="sm" data-testid="whatif-toolbar">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group align="flex-end" gap="md">
          <ScopeSelect />
          <Stack gap={2}>
            <BaselineLine />
            <EditStatus />
          </Stack>
        </Group>
        <Group gap="xs">
          <Tooltip label="Ctrl+Z">
            <Button variant="default" size="xs" onClick={undo} disabled={!undoable}>
              Undo
            </Button>
          </Tooltip>
          <Tooltip label="Ctrl+Shift+Z or Ctrl+Y">
            <Button variant="default" size="xs" onClick={redo} disabled={!redoable}>
              Redo
            </Button>
          </Tooltip>
          <Button variant="default" size="xs" onClick={reset} disabled={!changed}>
            Reset to baseline
          </Button>
          <Button size="xs" variant="light" onClick={() => setDialog('save')}>
            Save scenario…
          </Button>
          <Button
            size="xs"
            color="teal"
            onClick={() => setDialog('publish')}
            disabled={!changed}
            title={changed ? undefined : 'Change a weight first: publishing needs a change'}
          >
            Publish…
          </Button>
        </Group>
      </Group>
      <SaveScenarioDialog opened={dialog === 'save'} onClose={() => setDialog(null)} />
      <PublishScenarioDialog opened={dialog === 'publish'} onClose={() => setDialog(null)} />
    </Paper>
  );
}
