import { Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useAsyncAction } from '../hooks/use-async-action';
import { openWorkspace } from './workspace-actions';
import { WorkspacePathInput } from './WorkspacePathInput';

interface OpenWorkspaceFormProps {
  onOpened?: () => void;
  autoFocus?: boolean;
}

export function OpenWorkspaceForm({ onOpened, autoFocus }: OpenWorkspaceFormProps) {
  const [path, setPath] = useState('');
  const { run, pending, error } = useAsyncAction(openWorkspace);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(path.trim());
    if (result.ok) onOpened?.();
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Open a workspace">
      <Stack gap="sm">
        <WorkspacePathInput
          label="Workspace file"
          value={path}
          onChange={setPath}
          save={false}
          autoFocus={autoFocus}
        />
        {error && <ApiErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={pending} disabled={path.trim() === ''}>
            Open workspace
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
