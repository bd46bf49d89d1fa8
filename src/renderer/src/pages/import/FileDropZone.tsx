import { Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useState, type DragEvent } from 'react';

export const IMPORT_ACCEPT = '.csv,.tsv,.txt,.xlsx,.arrow,.feather,.ipc';

interface FileDropZoneProps {
  onFile: (file: File) => void;
  disabled?: boolean;
  /** One line instead of the tall target (the Data overview's version). */
  compact?: boolean;
}

/** Where a file comes in: dropped on the zone, or picked with the button (a native dialog). */
export function FileDropZone({ onFile, disabled = false, compact = false }: FileDropZoneProps) {
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
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
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
            Drop a CSV, XLSX or Arrow file here
          </Text>
          <FileButton
            onChange={(file) => file && onFile(file)}
            accept={IMPORT_ACCEPT}
            disabled={disabled}
            inputProps={
              { 'aria-label': 'Import file', 'data-testid': 'import-file-input' } as object
            }
          >
            {(props) => (
              <Button {...props} size="xs" variant="default" disabled={disabled}>
                Choose file…
              </Button>
            )}
          </FileButton>
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
