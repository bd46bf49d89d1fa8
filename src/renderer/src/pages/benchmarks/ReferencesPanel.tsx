import {
  ActionIcon,
  Alert,
  Button,
  FileButton,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { BenchmarkOptions } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAsyncAction } from '../../hooks/use-async-action';

interface ReferencesPanelProps {
  options: BenchmarkOptions;
}

async function importFile(source: string, file: File) {
  return api.call('benchmark.importReferences', { source, csv: await file.text() });
}
const deleteSource = (source: string) => api.call('benchmark.deleteReferences', { source });
const saveK = (minGroupSize: number) => api.call('benchmark.updateSettings', { minGroupSize });

/** Reference benchmarks (import a CSV of KPI → value) and the anonymity threshold k. */
export function ReferencesPanel({ options }: ReferencesPanelProps) {
  const [source, setSource] = useState('');
  const [k, setK] = useState<number | string>(options.settings.minGroupSize);
  const [message, setMessage] = useState<string | null>(null);
  const importing = useAsyncAction(importFile);
  const deleting = useAsyncAction(deleteSource);
  const saving = useAsyncAction(saveK);
  const onFile = async (file: File | null) => {
    if (!file) return;
    const name = source.trim() || file.name.replace(/\.[^.]+$/, '');
    const result = await importing.run(name, file);
    if (!result.ok) return;
    const skipped = result.value.skipped.length;
    setMessage(
      `Imported ${result.value.imported} reference values as “${result.value.source}”${
        skipped
          ? `; ${skipped} rows skipped (${result.value.skipped
              .slice(0, 3)
              .map((s) => `line ${s.line}: ${s.reason}`)
              .join('; ')})`
          : ''
      }.`,
    );
  };
  return (
    <Stack gap="sm" maw={760}>
      <Paper withBorder p="sm">
        <Title order={2} mb={4}>
          Reference benchmarks
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Industry averages or targets from outside the workspace, shown as dashed lines and next to
          peer figures. A CSV with a KPI column (key or name) and a value column; “31%” reads as
          0.31.
        </Text>
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Source name"
            size="xs"
            w={260}
            placeholder="e.g. Industry survey 2025"
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
          />
          <FileButton onChange={(f) => void onFile(f)} accept=".csv,text/csv,text/plain">
            {(props) => (
              <Button {...props} size="xs" loading={importing.pending}>
                Import CSV…
              </Button>
            )}
          </FileButton>
        </Group>
        {importing.error && (
          <ApiErrorAlert
            error={importing.error}
            context="Importing reference benchmarks"
            onClose={importing.clearError}
          />
        )}
        {message && (
          <Alert
            mt="sm"
            variant="light"
            color="green"
            withCloseButton
            onClose={() => setMessage(null)}
          >
            {message}
          </Alert>
        )}
        <Table mt="sm" fz="sm" aria-label="Reference sources">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Source</Table.Th>
              <Table.Th className="num">KPIs</Table.Th>
              <Table.Th>Imported</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {options.referenceSources.map((s) => (
              <Table.Tr key={s.source}>
                <Table.Td>{s.source}</Table.Td>
                <Table.Td className="num">{s.kpis}</Table.Td>
                <Table.Td>{new Date(s.importedAt).toLocaleString()}</Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Delete ${s.source}`}
                    title="Delete this source"
                    onClick={() => void deleting.run(s.source)}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
            {options.referenceSources.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text size="sm" c="dimmed">
                    No reference benchmarks yet.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="sm">
        <Title order={2} mb={4}>
          Anonymity
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Whatever a partner sees (its benchmark, QBR, scorecard) aggregates groups of at least k
          partners. A smaller group is merged into a broader one or left out, and the view says
          which.
        </Text>
        <Group align="flex-end" gap="sm">
          <NumberInput
            label="Smallest group (k)"
            size="xs"
            w={160}
            min={3}
            max={1000}
            value={k}
            onChange={setK}
          />
          <Button
            size="xs"
            variant="default"
            loading={saving.pending}
            disabled={Number(k) === options.settings.minGroupSize}
            onClick={() => void saving.run(Number(k))}
          >
            Save
          </Button>
        </Group>
        {saving.error && (
          <ApiErrorAlert error={saving.error} context="Saving k" onClose={saving.clearError} />
        )}
      </Paper>
    </Stack>
  );
}
