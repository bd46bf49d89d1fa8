import { Stack, Table, Text } from '@mantine/core';
import type { ImportMeasure, ImportReport } from '../../../../shared/api';
import { formatInteger } from '../../format/numbers';
import { MeasurePicker } from './MeasurePicker';

interface MeasureNamesTableProps {
  report: ImportReport | null;
  /** Names in the file → measure keys, as mapped so far. */
  measureNames: Record<string, string>;
  measures: ImportMeasure[];
  defined: Record<string, string>;
  disabled: boolean;
  onChange: (text: string, key: string | null, name?: string) => void;
}

/** The measure names of a long table that are no measure yet, with how many rows each rejects. */
function unknownNames(report: ImportReport | null) {
  const counts = new Map<string, number>();
  let listed = 0;
  for (const issue of report?.issues ?? []) {
    if (issue.code !== 'unknown-measure') continue;
    listed++;
    if (issue.value.trim() !== '') counts.set(issue.value, (counts.get(issue.value) ?? 0) + 1);
  }
  const total = report?.issueCounts.find((c) => c.code === 'unknown-measure')?.count ?? 0;
  // The report lists the first issues of each kind only: counts are then at least that.
  return { counts, partial: total > listed };
}

/** Long tables: map each measure name the file uses but the workspace does not know. */
export function MeasureNamesTable(p: MeasureNamesTableProps) {
  const { counts: unknown, partial } = unknownNames(p.report);
  const names = [...new Set([...unknown.keys(), ...Object.keys(p.measureNames)])];
  if (names.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        Measure names in the file
      </Text>
      <Text size="xs" c="dimmed">
        Rows whose measure name is not a known measure are rejected; say which measure each name
        stands for.
      </Text>
      <Table aria-label="Measure names" withTableBorder fz="sm" verticalSpacing={4} maw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name in the file</Table.Th>
            <Table.Th className="num">Rows rejected</Table.Th>
            <Table.Th>Measure</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {names.map((name) => (
            <Table.Tr key={name} data-measure-name={name}>
              <Table.Td fw={500}>{name}</Table.Td>
              <Table.Td className="num">
                {unknown.has(name)
                  ? `${formatInteger(unknown.get(name)!)}${partial ? '+' : ''}`
                  : '—'}
              </Table.Td>
              <Table.Td w={280}>
                <MeasurePicker
                  value={p.measureNames[name] ?? null}
                  onChange={(key, created) => p.onChange(name, key, created)}
                  measures={p.measures}
                  defined={p.defined}
                  source={name}
                  ariaLabel={`Measure for ${name}`}
                  placeholder="Not mapped: rows rejected"
                  disabled={p.disabled}
                  clearable
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
