/**
 * Data page: import partner survey results or field-visit notes from CSV (checked first: a wrong
 * row is listed with file, row and column and nothing is written), and the signal imports with
 * their undo.
 */
import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  Paper,
  SegmentedControl,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { SignalImportResult, SignalKind } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatTimestamp } from '../../format/dates';
import { formatCount } from '../../format/numbers';
import { useApiQuery } from '../../hooks/use-api-query';
import { useAsyncAction } from '../../hooks/use-async-action';

async function importFile(kind: SignalKind, file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return api.call('signals.import', { kind, fileName: file.name, base64: btoa(binary) });
}
const undo = (id: number) => api.call('signals.undoImport', { id });

const COLUMNS: Record<SignalKind, string> = {
  survey: 'partner, period (2026-Q2) or date, csat (1–5 or 0–100), nps (0–10), respondent, comment',
  visit: 'partner, period or date, visitor, notes',
};

export function SignalImportsCard() {
  const [kind, setKind] = useState<SignalKind>('survey');
  const [last, setLast] = useState<SignalImportResult | null>(null);
  const importer = useAsyncAction(importFile);
  const undoer = useAsyncAction(undo);
  const imports = useApiQuery('signals.imports', {});
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="signal-imports"
      data-testid="signal-imports"
    >
      <Title order={2} id="signal-imports" mb={6}>
        Survey results and field visits
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        Shown beside the KPIs on the partner and QBR pages. Columns (any case, spaces or
        underscores; comma, semicolon, tab or pipe): {COLUMNS[kind]}.
      </Text>
      <Group gap="xs" mb="xs">
        <SegmentedControl
          size="xs"
          aria-label="What the file holds"
          value={kind}
          onChange={(v) => setKind(v as SignalKind)}
          data={[
            { value: 'survey', label: 'Survey results' },
            { value: 'visit', label: 'Field visits' },
          ]}
        />
        <FileButton
          accept=".csv,.tsv,.txt,text/csv"
          onChange={(file) => {
            if (!file) return;
            setLast(null);
            void importer.run(kind, file).then((r) => r.ok && setLast(r.value));
          }}
        >
          {(props) => (
            <Button size="xs" loading={importer.pending} {...props}>
              Import CSV…
            </Button>
          )}
        </FileButton>
      </Group>
      {importer.error && (
        <ApiErrorAlert error={importer.error} context="Importing" onClose={importer.clearError} />
      )}
      {last && last.errors.length > 0 && (
        <Alert
          color="red"
          p="xs"
          mb="xs"
          title="Nothing was imported: fix these rows and import the file again"
          data-testid="signal-import-errors"
        >
          <List size="xs">
            {last.errors.slice(0, 20).map((e, i) => (
              <List.Item key={i}>
                {e.file}, row {e.row}
                {e.column ? `, column ${e.column}` : ''}: {e.message}
              </List.Item>
            ))}
          </List>
          {last.errors.length > 20 && <Text size="xs">…and {last.errors.length - 20} more.</Text>}
        </Alert>
      )}
      {last && last.errors.length === 0 && (
        <Alert color="teal" p="xs" mb="xs">
          Imported {formatCount(last.imported, last.kind === 'survey' ? 'answer' : 'visit note')}{' '}
          from {last.fileName}
          {last.csatScale ? ` (CSAT on the ${last.csatScale === 5 ? '1–5' : '0–100'} scale)` : ''}.
        </Alert>
      )}
      {undoer.error && <ApiErrorAlert error={undoer.error} onClose={undoer.clearError} />}
      {imports.status === 'success' && imports.data.length > 0 && (
        <Table fz="xs" striped aria-label="Signal imports">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>File</Table.Th>
              <Table.Th>Holds</Table.Th>
              <Table.Th ta="right">Rows</Table.Th>
              <Table.Th>Imported</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {imports.data.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{i.fileName}</Table.Td>
                <Table.Td>{i.kind === 'survey' ? 'Survey results' : 'Field visits'}</Table.Td>
                <Table.Td ta="right">{i.rows}</Table.Td>
                <Table.Td>{formatTimestamp(i.importedAt)}</Table.Td>
                <Table.Td ta="right">
                  <Button size="compact-xs" variant="subtle" onClick={() => void undoer.run(i.id)}>
                    Undo
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
