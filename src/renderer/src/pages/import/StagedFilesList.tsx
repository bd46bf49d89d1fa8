import { CloseButton, Group, Paper, Select, Stack, Text } from '@mantine/core';
import type { PartnerMatch } from '../../../../shared/api';
import { formatCount } from '../../format/numbers';
import { KIND_LABELS } from './column-roles';
import { useImportWizard } from './import-wizard-store';

const tagOf = (m: PartnerMatch) => (typeof m === 'string' ? m : `attribute:${m.attribute}`);

/**
 * The files of a several-file import: what each holds, which partner column a fact file's keys
 * are matched on (with how many of its sampled keys each choice finds; changeable), and a way to
 * take a file out again.
 */
export function StagedFilesList() {
  const files = useImportWizard((s) => s.files);
  const suggestion = useImportWizard((s) => s.suggestion);
  const removeFile = useImportWizard((s) => s.removeFile);
  const setPartnerMatch = useImportWizard((s) => s.setPartnerMatch);
  const busy = useImportWizard((s) => s.analysing || s.step === 'committing');
  const previews = suggestion?.previews ?? [];
  return (
    <Paper withBorder p="sm" aria-label="Files in this import" role="region">
      <Text size="sm" fw={500} mb={4}>
        {formatCount(files.length, 'file')} in this import
      </Text>
      <Stack gap={6} data-testid="import-files">
        {files.map((f) => {
          const preview = previews.find((p) => p.fileId === f.fileId);
          const index = previews.findIndex((p) => p.fileId === f.fileId);
          const link = suggestion?.links?.find((l) => l.fileIndex === index);
          return (
            <Group key={f.fileId} gap="sm" wrap="nowrap" data-file={f.fileName}>
              <Group gap={2} wrap="nowrap" miw={220}>
                <Text size="sm" fw={500}>
                  {f.fileName}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={`Remove ${f.fileName}`}
                  disabled={busy}
                  onClick={() => void removeFile(f.fileId)}
                />
              </Group>
              {preview && (
                <Text size="sm" c="dimmed" miw={200}>
                  {KIND_LABELS[preview.kind]}
                </Text>
              )}
              {link && (
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">Partner key “{link.column}” matched on</Text>
                  <Select
                    size="xs"
                    w={440}
                    aria-label={`Partner key of ${f.fileName}`}
                    disabled={busy}
                    allowDeselect={false}
                    value={tagOf(link.match)}
                    data={link.options.map((o) => ({
                      value: tagOf(o.match),
                      label: `${o.label} — ${o.hits} of ${link.sampled} keys found`,
                    }))}
                    onChange={(v) => {
                      const option = link.options.find((o) => tagOf(o.match) === v);
                      if (option) void setPartnerMatch(link.fileIndex, option.match);
                    }}
                  />
                </Group>
              )}
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
