import { Button, Group, TextInput } from '@mantine/core';
import { canBrowseFiles, chooseWorkspaceFile } from './file-dialog';

interface WorkspacePathInputProps {
  label: string;
  value: string;
  onChange: (path: string) => void;
  /** A file to create (save dialog) rather than one to open. */
  save: boolean;
  autoFocus?: boolean;
}

/** A workspace file path, typed, or chosen with the native dialog when the desktop app has one. */
export function WorkspacePathInput({
  label,
  value,
  onChange,
  save,
  autoFocus,
}: WorkspacePathInputProps) {
  const browse = async () => {
    const chosen = await chooseWorkspaceFile(save);
    if (chosen) onChange(chosen);
  };
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        label={label}
        description="Full path of a .partnerscope file on this computer"
        placeholder={
          save ? '/home/me/partners-2025.partnerscope' : '/home/me/partners.partnerscope'
        }
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        required
        spellCheck={false}
        autoFocus={autoFocus}
        style={{ flex: 1 }}
      />
      {canBrowseFiles() && (
        <Button variant="default" onClick={() => void browse()}>
          Browse…
        </Button>
      )}
    </Group>
  );
}
