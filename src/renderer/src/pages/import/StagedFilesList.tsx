import { CloseButton, Group, Paper, Text } from '@mantine/core';
import { useImportWizard } from './import-wizard-store';
import { formatCount } from '../../format/numbers';

/** The files of a several-file import; one can be taken out again. */
export function StagedFilesList() {
  const files = useImportWizard((s) => s.files);
  const removeFile = useImportWizard((s) => s.removeFile);
  const busy = useImportWizard((s) => s.analysing || s.step === 'committing');
  return (
    <Paper withBorder p="sm" aria-label="Files in this import" role="region">
      <Text size="sm" fw={500} mb={4}>
        {formatCount(files.length, 'file')} in this import
      </Text>
      <Group gap="md" data-testid="import-files">
        {files.map((f) => (
          <Group key={f.fileId} gap={2} wrap="nowrap">
            <Text size="sm">{f.fileName}</Text>
            <CloseButton
              size="sm"
              aria-label={`Remove ${f.fileName}`}
              disabled={busy}
              onClick={() => void removeFile(f.fileId)}
            />
          </Group>
        ))}
      </Group>
    </Paper>
  );
}
