import { Button, Checkbox, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { DemoOptions } from '../../../shared/api';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useAsyncAction } from '../hooks/use-async-action';
import { useWorkspaceStore } from '../stores/workspace-store';
import { DemoOptionsFields } from './DemoOptionsFields';
import { suggestWorkspacePath } from './suggest-path';
import { createWorkspace } from './workspace-actions';
import { WorkspacePathInput } from './WorkspacePathInput';

const DEFAULT_DEMO: DemoOptions = { partners: 300, quarters: 8, seed: 42 };

interface CreateWorkspaceFormProps {
  /** Fill the new workspace with generated demo data. */
  demo: boolean;
  onCreated?: () => void;
  autoFocus?: boolean;
}

export function CreateWorkspaceForm({ demo, onCreated, autoFocus }: CreateWorkspaceFormProps) {
  const currentPath = useWorkspaceStore((s) => s.workspace?.path);
  const [path, setPath] = useState(() =>
    suggestWorkspacePath(
      currentPath,
      demo ? 'demo-copy.partnerscope' : 'new-workspace.partnerscope',
    ),
  );
  const [overwrite, setOverwrite] = useState(false);
  const [options, setOptions] = useState<DemoOptions>(DEFAULT_DEMO);
  const { run, pending, error } = useAsyncAction(createWorkspace);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(path.trim(), overwrite, demo ? options : undefined);
    if (result.ok) onCreated?.();
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-label={demo ? 'Create a demo workspace' : 'Create an empty workspace'}
    >
      <Stack gap="sm">
        <WorkspacePathInput
          label="New workspace file"
          value={path}
          onChange={setPath}
          save
          autoFocus={autoFocus}
        />
        {demo && <DemoOptionsFields value={options} onChange={setOptions} />}
        <Checkbox
          label="Replace an existing file"
          checked={overwrite}
          onChange={(e) => setOverwrite(e.currentTarget.checked)}
        />
        {error && <ApiErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={pending} disabled={path.trim() === ''}>
            {demo ? 'Create demo workspace' : 'Create empty workspace'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
