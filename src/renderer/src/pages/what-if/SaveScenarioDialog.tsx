import { Alert, Button, Group, Modal, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAsyncAction } from '../../hooks/use-async-action';
import { duplicateNameMessage } from './refusals';
import { saveScenario } from './save-scenario';
import { useBaselineRef } from './use-baseline-ref';
import { useCurrentEdit, useWhatIfStore } from './whatif-store';

interface Props {
  opened: boolean;
  onClose: () => void;
}

type SaveMode = 'overwrite' | 'new';

/**
 * Saving never replaces a scenario unless the user picks "Save over": the dialog opens on "Save
 * as a new scenario" with an empty name, and the loaded scenario's name and note only come back
 * when the user chooses to save over it (then the name cannot be changed: a new name is a new
 * scenario, never a renamed one).
 */
function SaveForm({ onClose }: { onClose: () => void }) {
  const loaded = useWhatIfStore((s) => s.loaded);
  const markSaved = useWhatIfStore((s) => s.markSaved);
  const bumpList = useWhatIfStore((s) => s.bumpList);
  const current = useCurrentEdit();
  const baseline = useBaselineRef();
  const [mode, setModeState] = useState<SaveMode>('new');
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const action = useAsyncAction(saveScenario);
  const overwrite = loaded !== null && mode === 'overwrite';
  const setMode = (next: SaveMode) => {
    setModeState(next);
    setTouched(false);
    action.clearError();
    if (next === 'overwrite' && loaded) {
      setName(loaded.name);
      setNote(loaded.note);
    } else {
      setName('');
      setNote('');
    }
  };
  const nameError =
    touched && !name.trim()
      ? 'A scenario needs a name'
      : !overwrite && loaded && name.trim() === loaded.name
        ? `“${loaded.name}” is the scenario you loaded: pick “Save over” to replace it, or give a new name`
        : null;
  const duplicate = action.error ? duplicateNameMessage(action.error, name) : null;

  const submit = async () => {
    setTouched(true);
    if (!current || !name.trim() || nameError) return;
    const result = await action.run({
      ...(overwrite ? { scenarioId: loaded.id } : {}),
      name: overwrite ? loaded.name : name,
      note,
      baseline,
      edit: current,
    });
    if (result.ok) {
      markSaved(result.value);
      bumpList();
      onClose();
    }
  };

  return (
    <Stack
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {loaded && (
        <Radio.Group
          label={`You are editing “${loaded.name}”`}
          value={mode}
          onChange={(v) => setMode(v as SaveMode)}
        >
          <Group mt={6}>
            <Radio value="new" label="Save as a new scenario" />
            <Radio value="overwrite" label={`Save over “${loaded.name}”`} />
          </Group>
        </Radio.Group>
      )}
      <TextInput
        label="Name"
        placeholder="e.g. FY27: pipeline first"
        required
        readOnly={overwrite}
        description={
          overwrite ? `Replaces “${loaded.name}”; to keep it, save as a new scenario` : undefined
        }
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        onBlur={() => setTouched(true)}
        error={nameError}
        maxLength={120}
        data-autofocus
      />
      <Textarea
        label="Note"
        placeholder="Why this weighting, for whom, what to watch"
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={4000}
      />
      {duplicate ? (
        <Alert color="red" variant="light" title="That name is taken" data-testid="duplicate-name">
          {duplicate}
        </Alert>
      ) : (
        action.error && (
          <ApiErrorAlert
            error={action.error}
            context="Saving the scenario"
            onClose={action.clearError}
          />
        )
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          type="submit"
          color={overwrite ? 'orange' : undefined}
          loading={action.pending}
          disabled={!name.trim()}
        >
          {overwrite ? `Replace “${loaded.name}”` : 'Save scenario'}
        </Button>
      </Group>
    </Stack>
  );
}

/** Save what is on screen under a new name (unique in the workspace), or over the loaded one on request. */
export function SaveScenarioDialog({ opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Save scenario">
      {opened && <SaveForm onClose={onClose} />}
    </Modal>
  );
}
