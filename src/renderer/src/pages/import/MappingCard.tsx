import { Alert, Badge, Checkbox, Group, List, Select, Stack, Table, Text } from '@mantine/core';
import type { ColumnRole, FileKind } from '../../../../shared/api';
import { TableCard } from '../../components/TableCard';
import { EDITABLE_KINDS, KIND_LABELS, ROLE_LABELS, ROLES_BY_KIND, roleLabel } from './column-roles';
import { useImportWizard } from './import-wizard-store';
import { PresetPicker } from './PresetPicker';

const NONE = '__none__';

/** The recognised kind and which column feeds what, editable for partners and transactions. */
export function MappingCard() {
  const w = useImportWizard();
  const { preview, kind } = w;
  if (!preview || !kind) return null;
  const editable = EDITABLE_KINDS.includes(kind) && w.presetName === null;
  const roleOptions = editable
    ? [
        { value: NONE, label: '— not imported —' },
        ...ROLES_BY_KIND[kind as 'partners' | 'transactions'].map((r) => ({
          value: r,
          label: ROLE_LABELS[r] ?? r,
        })),
      ]
    : [];
  const kindOptions = (EDITABLE_KINDS.includes(preview.kind) ? EDITABLE_KINDS : [preview.kind]).map(
    (k) => ({ value: k, label: KIND_LABELS[k] }),
  );
  const hasOrderId = Object.values(w.roles).includes('orderId');
  const busy = w.analysing || w.step !== 'mapping';

  return (
    <TableCard title="Column mapping" note={w.presetName ? `preset ${w.presetName}` : 'recognised'}>
      <Stack gap="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label="The file holds"
            data={kindOptions}
            value={kind}
            onChange={(v) => v && w.setKind(v as FileKind)}
            allowDeselect={false}
            disabled={busy || !editable}
            size="xs"
            w={280}
            data-testid="import-kind"
          />
          <Badge variant="light" color="gray" radius="sm" mb={4}>
            recognised: {KIND_LABELS[preview.kind]}
          </Badge>
        </Group>
        <PresetPicker
          value={w.presetName}
          mapping={w.mapping}
          disabled={busy}
          onPick={(name) => void w.applyPreset(name)}
        />
        <Table aria-label="Column mapping" withTableBorder fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Column</Table.Th>
              <Table.Th>Looks like</Table.Th>
              <Table.Th>First value</Table.Th>
              <Table.Th>Imported as</Table.Th>
              <Table.Th>Why</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.recognised.map((r, i) => {
              const role = w.roles[r.column] ?? null;
              return (
                <Table.Tr key={r.column} data-column={r.column}>
                  <Table.Td className="nowrap" fw={500}>
                    {r.column}
                  </Table.Td>
                  <Table.Td>{r.valueType}</Table.Td>
                  <Table.Td className="nowrap">{preview.rows[0]?.cells[i] ?? ''}</Table.Td>
                  <Table.Td w={220}>
                    {editable ? (
                      <Select
                        aria-label={`Role of ${r.column}`}
                        data={roleOptions}
                        value={role ?? NONE}
                        onChange={(v) =>
                          w.setRole(r.column, !v || v === NONE ? null : (v as ColumnRole))
                        }
                        allowDeselect={false}
                        disabled={busy}
                        size="xs"
                      />
                    ) : (
                      roleLabel(r.role, r.measure)
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {r.role ? `${r.why} (${Math.round(r.confidence * 100)}%)` : r.why}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {kind === 'transactions' && editable && (
          <Checkbox
            size="xs"
            label="Each order id appears once: reject repeated ones as duplicates"
            checked={w.uniqueKey}
            disabled={busy || !hasOrderId}
            onChange={(e) => w.setUniqueKey(e.currentTarget.checked)}
          />
        )}
        {!editable && (
          <Text size="xs" c="dimmed">
            {w.presetName
              ? 'The preset decides the mapping; clear it to edit the columns here.'
              : 'This kind of file is mapped as recognised; to change it, save a preset and edit it with the command line.'}
          </Text>
        )}
        {w.mappingProblem && (
          <Alert color="orange" variant="light" title="The mapping is incomplete">
            {w.mappingProblem}
          </Alert>
        )}
        {(w.suggestion?.notes.length ?? 0) > 0 && (
          <List size="xs" c="dimmed" spacing={0}>
            {w.suggestion!.notes.slice(0, 8).map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </TableCard>
  );
}
