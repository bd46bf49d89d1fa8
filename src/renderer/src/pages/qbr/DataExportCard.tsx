/** Scores (a row per partner) or KPIs (a row per partner and KPI) as CSV, XLSX or Arrow. */
import { Button, Group, Paper, Select, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAsyncAction } from '../../hooks/use-async-action';
import type { Selection } from '../../stores/selection-store';
import { saveExport } from '../print/download-export';

type Table = 'scores' | 'kpis';
type Format = 'csv' | 'xlsx' | 'arrow';

const download = async (table: Table, format: Format, selection: Selection) =>
  saveExport(
    await api.call('export.data', {
      table,
      format,
      ...(selection.period ? { period: selection.period } : {}),
      ...(selection.methodologyId ? { methodologyId: selection.methodologyId } : {}),
      ...(selection.version ? { version: selection.version } : {}),
    }),
  );

export function DataExportCard({ selection }: { selection: Selection }) {
  const [table, setTable] = useState<Table>('scores');
  const [format, setFormat] = useState<Format>('xlsx');
  const action = useAsyncAction(download);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="qbr-data">
      <Title order={2} id="qbr-data" mb={6}>
        Scores and KPIs as data
      </Title>
      <Group gap="xs" align="flex-end">
        <Select
          size="xs"
          w={220}
          label="Table"
          allowDeselect={false}
          value={table}
          onChange={(v) => setTable((v as Table) ?? 'scores')}
          data={[
            { value: 'scores', label: 'Scores (a row per partner)' },
            { value: 'kpis', label: 'KPIs (a row per partner and KPI)' },
          ]}
        />
        <Select
          size="xs"
          w={110}
          label="Format"
          allowDeselect={false}
          value={format}
          onChange={(v) => setFormat((v as Format) ?? 'xlsx')}
          data={[
            { value: 'xlsx', label: 'Excel' },
            { value: 'csv', label: 'CSV' },
            { value: 'arrow', label: 'Arrow' },
          ]}
        />
        <Button
          size="xs"
          loading={action.pending}
          onClick={() => void action.run(table, format, selection)}
          data-testid="data-export"
        >
          Download
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        Internal data (every partner): never hand it to a partner. Text that a spreadsheet would run
        as a formula is neutralised.
      </Text>
      {action.error && (
        <ApiErrorAlert
          error={action.error}
          context="Exporting the data"
          onClose={action.clearError}
        />
      )}
    </Paper>
  );
}
