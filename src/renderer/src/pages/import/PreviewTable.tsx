import { ScrollArea, Table, Text } from '@mantine/core';
import type { FilePreview } from '../../../../shared/api';
import { TableCard } from '../../components/TableCard';

/** The first rows as the importer read them, with their row numbers in the file. */
export function PreviewTable({ preview }: { preview: FilePreview }) {
  const f = preview.format;
  const format = [
    f.type.toUpperCase(),
    f.delimiter ? `delimiter “${f.delimiter === '\t' ? 'tab' : f.delimiter}”` : null,
    f.encoding,
    f.sheet ? `sheet ${f.sheet}` : null,
    f.header ? 'header row' : 'no header',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <TableCard title="Preview" note={`${preview.fileName} · ${format}`}>
      {preview.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          The file has no data rows.
        </Text>
      ) : (
        <ScrollArea.Autosize mah={320} type="auto">
          <Table
            aria-label="File preview"
            striped
            withTableBorder
            stickyHeader
            fz="xs"
            verticalSpacing={4}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th className="num">Row</Table.Th>
                {preview.columns.map((c) => (
                  <Table.Th key={c} className="nowrap">
                    {c}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.rows.map((r) => (
                <Table.Tr key={r.row}>
                  <Table.Td className="num">{r.row}</Table.Td>
                  {preview.columns.map((c, i) => (
                    <Table.Td key={c} className="nowrap">
                      {r.cells[i] ?? ''}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </TableCard>
  );
}
