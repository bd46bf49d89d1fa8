import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { WorkspaceInfo } from '../../../shared/api';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useAsyncAction } from '../hooks/use-async-action';
import { updateWorkspaceSettings } from './workspace-actions';

const MONTH_NAME = new Intl.DateTimeFormat(undefined, { month: 'long', timeZone: 'UTC' });
const MONTHS = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: MONTH_NAME.format(new Date(Date.UTC(2000, i, 1))),
}));

/** The workspace's name and fiscal year start (quarters and years are counted from it). */
export function WorkspaceSettingsForm({ workspace }: { workspace: WorkspaceInfo }) {
  const [name, setName] = useState(workspace.name);
  const [month, setMonth] = useState(String(workspace.fiscalYearStartMonth));
  const { run, pending, error } = useAsyncAction(updateWorkspaceSettings);
  const changed =
    name.trim() !== workspace.name || month !== String(workspace.fiscalYearStartMonth);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run({ name: name.trim(), fiscalYearStartMonth: Number(month) });
  };

  return (
    <form onSubmit={submit} aria-label="Workspace settings">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput
            label="Name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            maxLength={200}
          />
          <Select
            label="Fiscal year starts in"
            data={MONTHS}
            value={month}
            onChange={(v) => v && setMonth(v)}
            allowDeselect={false}
          />
        </Group>
        {error && <ApiErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button
            type="submit"
            variant="default"
            loading={pending}
            disabled={!changed || !name.trim()}
          >
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
