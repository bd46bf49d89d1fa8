import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { FILE_KINDS, type FileKind, type ImportGrain } from '../../../../shared/api';
import { TableCard } from '../../components/TableCard';
import { ColumnNameCell } from './ColumnNameCell';
import { columnWith, KIND_LABELS, recognisedLabel } from './column-roles';
import { useImportWizard } from './import-wizard-store';
import { MeasureNamesTable } from './MeasureNamesTable';
import { PresetPicker } from './PresetPicker';
import { RoleCell } from './RoleCell';

const DEFAULT_GRAIN = '__default__';
const GRAIN_OPTIONS = [
  { value: DEFAULT_GRAIN, label: 'Quarter (default)' },
  { value: 'month', label: 'Month' },
  { value: 'quarter', label: 'Quarter' },
  { value: 'year', label: 'Year' },
];

/** Below this a recognised role is a guess from the values: worth a second look. */
const GUESS = 0.5;

/** The kind of file and which column feeds what; editable for every kind the table can show. */
export function MappingCard() {
  const w = useImportWizard();
  const { preview, kind } = w;
  if (!preview || !kind) return null;
  const editable = w.editable;
  const busy = w.analysing || w.step !== 'mapping';
  // A preset the table cannot show is changed by clearing it; a recognised mapping by a new kind.
  const kindChangeable = editable || w.presetName === null;
  const kindOptions = (kindChangeable ? FILE_KINDS : [kind]).map((k) => ({
    value: k,
    label: KIND_LABELS[k],
  }));
  const defined = {
    ...Object.fromEntries((w.suggestion?.mapping.measures ?? []).map((m) => [m.key, m.name])),
    ...w.newMeasures,
  };
  const isKpi = kind !== 'partners' && kind !== 'transactions';
  // A headerless file's columns are named here (else they would be stored as `column3`…).
  const nameable = editable && !preview.format.header;
  const isLong = kind === 'kpi-long' || kind === 'targets-long';
  const periodColumn = columnWith(w.roles, 'period');
  const periodIsDate =
    preview.recognised.find((r) => r.column === periodColumn)?.valueType === 'date';
  const hasOrderId = columnWith(w.roles, 'orderId') !== undefined;
  // The suggestion's notes, recomputed against the table as it is now: a note about a role the
  // user has since given a column ("No column was recognised as the partner id") is dropped.
  const partnerMapped = Object.values(w.roles).some(
    (r) => r.role === 'partnerId' || r.role === 'partnerName',
  );
  const notes = [...(w.suggestion?.notes ?? []), ...(w.suggestion?.blocking ?? [])].filter(
    (n) => !(partnerMapped && /no column was recognised as the partner/i.test(n)),
  );
  const note = w.presetName
    ? `preset ${w.presetName}${w.presetEdited ? ', edited' : ''}`
    : 'recognised';

  return (
    <TableCard title="Column mapping" note={note}>
      <Stack gap="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label="The file holds"
            data={kindOptions}
            value={kind}
            onChange={(v) => v && w.setKind(v as FileKind)}
            allowDeselect={false}
            disabled={busy || !kindChangeable}
            size="xs"
            w={280}
            data-testid="import-kind"
          />
          {editable && isKpi && (periodIsDate || w.edits.grain !== null) && (
            <Select
              label="Dates in the period column count in the"
              data={GRAIN_OPTIONS}
              value={w.edits.grain ?? DEFAULT_GRAIN}
              onChange={(v) => w.setGrain(!v || v === DEFAULT_GRAIN ? null : (v as ImportGrain))}
              allowDeselect={false}
              disabled={busy}
              size="xs"
              w={240}
            />
          )}
          <Badge variant="light" color="gray" radius="sm" mb={4}>
            recognised: {KIND_LABELS[preview.kind]}
          </Badge>
        </Group>
        <PresetPicker
          value={w.presetName}
          mapping={w.mappingProblems.length === 0 ? w.mapping : null}
          disabled={busy}
          onPick={(name) => void w.applyPreset(name)}
        />
        {nameable && (
          <Text size="sm" c="dimmed">
            The file has no header row: name its columns here. A column kept as an attribute is
            stored under its name.
          </Text>
        )}
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
              const assignment = w.roles[r.column] ?? { role: null };
              const suggested = w.suggestedRoles[r.column];
              const changed =
                editable &&
                (assignment.role !== (suggested?.role ?? null) ||
                  (assignment.measure ?? null) !== (suggested?.measure ?? null));
              const guess =
                !changed && r.role !== null && r.confidence < GUESS && assignment.role !== null;
              return (
                <Table.Tr key={r.column} data-column={r.column}>
                  <Table.Td className="nowrap" fw={500}>
                    {nameable ? (
                      <ColumnNameCell
                        column={r.column}
                        disabled={busy}
                        onName={(name) => w.nameColumn(r.column, name)}
                      />
                    ) : (
                      r.column
                    )}
                  </Table.Td>
                  <Table.Td>{r.valueType}</Table.Td>
                  <Table.Td className="nowrap">{preview.rows[0]?.cells[i] ?? ''}</Table.Td>
                  <Table.Td w={420}>
                    {editable ? (
                      <RoleCell
                        column={r.column}
                        kind={kind}
                        assignment={assignment}
                        measures={w.measures}
                        defined={defined}
                        disabled={busy}
                        onRole={(role) => w.setRole(r.column, role)}
                        onMeasure={(key, name) => w.setMeasure(r.column, key, name)}
                      />
                    ) : (
                      recognisedLabel(kind, r.role, r.measure)
                    )}
                  </Table.Td>
                  <Table.Td>
                    {changed ? (
                      <Text size="xs" c="blue">
                        set by you
                      </Text>
                    ) : (
                      <Text size="xs" c={guess ? 'orange' : 'dimmed'}>
                        {r.role ? `${r.why} (${Math.round(r.confidence * 100)}%)` : r.why}
                        {guess && ' — a guess, check it'}
                      </Text>
                    )}
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
            checked={w.edits.uniqueKey}
            disabled={busy || !hasOrderId}
            onChange={(e) => w.setUniqueKey(e.currentTarget.checked)}
          />
        )}
        {isLong && editable && (
          <MeasureNamesTable
            report={w.report}
            measureNames={w.edits.measureNames}
            measures={w.measures}
            defined={defined}
            disabled={busy}
            onChange={w.setMeasureName}
          />
        )}
        {!editable && (
          <Group gap="sm" wrap="wrap">
            <Text size="xs" c="dimmed">
              {`This mapping is used as it is: ${w.readOnlyReason ?? 'the table cannot show it'}. `}
              {w.presetName
                ? 'Clear the preset to map the columns here, or change the preset with the command line.'
                : 'Save it as a preset to change it with the command line, or map the columns here (what the table cannot show is left out).'}
            </Text>
            {kindChangeable && (
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => w.setKind(kind)}
                disabled={busy}
              >
                Map the columns here
              </Button>
            )}
          </Group>
        )}
        {w.mappingProblems.length > 0 && (
          <Alert
            color="orange"
            variant="light"
            title="The mapping is incomplete"
            data-testid="mapping-problems"
          >
            <List size="sm" spacing={2}>
              {w.mappingProblems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {notes.length > 0 && (
          <List size="xs" c="dimmed" spacing={0} data-testid="mapping-notes">
            {notes.slice(0, 8).map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </TableCard>
  );
}
