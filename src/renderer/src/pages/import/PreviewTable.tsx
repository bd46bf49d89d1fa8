import { ScrollArea, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { FilePreview } from '../../../../shared/api';
import { TableCard } from '../../components/TableCard';

/**
 * The first rows as the importer read them, with their row numbers in the file; with several
 * files, a switch shows each file's own rows.
 */
export function PreviewTable({
  preview: first,
  others = [],
}: {
  preview: FilePreview;
  others?: FilePreview[];
}) {
  const [shown, setShown] = useState<string | null>(null);
  const all = [first, ...others];
  const preview = all.find((p) => p.fileId === shown) ?? first;
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
      {all.length > 1 && (
        <SegmentedControl
          size="xs"
          mb="xs"
          aria-label="File to preview"
          value={preview.fileId}
          onChange={setShown}
          data={all.map((p) => ({ value: p.fileId, label: p.fileName }))}
        />
      )}
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
              {preview.rows.slice(0, 20).map((r) => (
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
