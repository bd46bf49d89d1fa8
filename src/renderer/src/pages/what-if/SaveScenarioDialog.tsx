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

function SaveForm({ onClose }: { onClose: () => void }) {
  const loaded = useWhatIfStore((s) => s.loaded);
  const markSaved = useWhatIfStore((s) => s.markSaved);
  const bumpList = useWhatIfStore((s) => s.bumpList);
  const current = useCurrentEdit();
  const baseline = useBaselineRef();
  const [mode, setMode] = useState<'overwrite' | 'new'>(loaded ? 'overwrite' : 'new');
  const [name, setName] = useState(loaded ? loaded.name : '');
  const [note, setNote] = useState(loaded ? loaded.note : '');
  const [touched, setTouched] = useState(false);
  const action = useAsyncAction(saveScenario);
  const overwrite = loaded !== null && mode === 'overwrite';
  const nameError =
    touched && !name.trim()
      ? 'A scenario needs a name'
      : !overwrite && loaded && name.trim() === loaded.name
        ? 'Saving as new needs a different name'
        : null;
  const duplicate = action.error ? duplicateNameMessage(action.error, name) : null;

  const submit = async () => {
    setTouched(true);
    if (!current || !name.trim() || nameError) return;
    const result = await action.run({
      ...(overwrite ? { scenarioId: loaded.id } : {}),
      name,
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
          onChange={(v) => setMode(v as 'overwrite' | 'new')}
        >
          <Group mt={6}>
            <Radio value="overwrite" label={`Save over “${loaded.name}”`} />
            <Radio value="new" label="Save as a new scenario" />
          </Group>
        </Radio.Group>
      )}
      <TextInput
        label="Name"
        placeholder="e.g. FY27: pipeline first"
        required
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
        <Button type="submit" loading={action.pending} disabled={!name.trim()}>
          Save scenario
        </Button>
      </Group>
    </Stack>
  );
}

/** Save what is on screen under a name (unique in the workspace), over the loaded one or as new. */
export function SaveScenarioDialog({ opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Save scenario">
      {opened && <SaveForm onClose={onClose} />}
    </Modal>
  );
}
