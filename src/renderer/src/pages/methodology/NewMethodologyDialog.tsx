import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { api } from '../../api/client';
import { useAsyncAction } from '../../hooks/use-async-action';

interface Props {
  opened: boolean;
  /** The methodology shown now, offered as the starting point. */
  copyFrom: number | undefined;
  onClose: () => void;
  onCreated: (id: number) => void;
}

const create = (name: string, copyFrom: number | undefined) =>
  api.call(
    'methodology.create',
    copyFrom ? { name, copyFrom: { methodologyId: copyFrom } } : { name },
  );

/** A new methodology, as a copy of the current one or from the built-in default. */
export function NewMethodologyDialog({ opened, copyFrom, onClose, onCreated }: Props) {
  const [name, setName] = useState('');
  const [source, setSource] = useState<'copy' | 'default'>('copy');
  const action = useAsyncAction(create);
  const submit = async () => {
    const result = await action.run(name.trim(), source === 'copy' ? copyFrom : undefined);
    if (result.ok) {
      setName('');
      onCreated(result.value.methodology.id);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="New methodology">
      <Stack>
        <TextInput
          label="Name"
          placeholder="e.g. EMEA MSP programme 2027"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-autofocus
        />
        <div>
          <Text size="sm" fw={500} mb={4}>
            Start from
          </Text>
          <SegmentedControl
            value={source}
            onChange={(v) => setSource(v as 'copy' | 'default')}
            data={[
              { value: 'copy', label: 'A copy of the current one', disabled: !copyFrom },
              { value: 'default', label: 'Partner Health v1' },
            ]}
          />
        </div>
        {action.error && <ApiErrorAlert error={action.error} onClose={action.clearError} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void submit()} loading={action.pending} disabled={!name.trim()}>
            Create draft
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
