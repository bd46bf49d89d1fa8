import { Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useState, type DragEvent } from 'react';

export const IMPORT_ACCEPT = '.csv,.tsv,.txt,.xlsx,.arrow,.feather,.ipc';

interface FileDropZoneProps {
  /** The files picked, dropped or found in a picked folder (several at once). */
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  /** One line instead of the tall target (the Data overview's version). */
  compact?: boolean;
}

const DATA_FILE = /\.(csv|tsv|txt|xlsx|arrow|feather|ipc)$/i;

/**
 * Where files come in: dropped on the zone (several at once), picked with the button (a native
 * dialog that takes several), or a whole folder (its data files).
 */
export function FileDropZone({ onFiles, disabled = false, compact = false }: FileDropZoneProps) {
  const [over, setOver] = useState(false);
  const onDragOver = (e: DragEvent) => {
    if (disabled || !e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length > 0 && !disabled) onFiles(files);
  };
  return (
    <Paper
      withBorder
      p={compact ? 'sm' : 'xl'}
      data-testid="import-drop-zone"
      data-over={over || undefined}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: over ? 'var(--mantine-color-blue-6)' : undefined,
        background: over ? 'var(--mantine-color-blue-light)' : undefined,
      }}
    >
      <Stack gap="xs" align={compact ? 'stretch' : 'center'}>
        <Group gap="sm" justify={compact ? 'space-between' : 'center'} wrap="nowrap">
          <Text size="sm" fw={500}>
            Drop CSV, XLSX or Arrow files here
          </Text>
          <Group gap="xs" wrap="nowrap">
            <FileButton
              multiple
              onChange={(files) => files.length > 0 && onFiles(files)}
              accept={IMPORT_ACCEPT}
              disabled={disabled}
              inputProps={
                { 'aria-label': 'Import files', 'data-testid': 'import-file-input' } as object
              }
            >
              {(props) => (
                <Button {...props} size="xs" variant="default" disabled={disabled}>
                  Choose files…
                </Button>
              )}
            </FileButton>
            <FileButton
              multiple
              onChange={(files) => {
                const data = files.filter((f) => DATA_FILE.test(f.name));
                if (data.length > 0) onFiles(data);
              }}
              disabled={disabled}
              inputProps={
                {
                  'aria-label': 'Import a folder',
                  'data-testid': 'import-folder-input',
                  webkitdirectory: '',
                } as object
              }
            >
              {(props) => (
                <Button {...props} size="xs" variant="default" disabled={disabled}>
                  Choose folder…
                </Button>
              )}
            </FileButton>
          </Group>
        </Group>
        {!compact && (
          <Text size="xs" c="dimmed" ta="center">
            Partners, transactions, KPI or target tables. Nothing is written until you commit, and
            every import can be undone.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
