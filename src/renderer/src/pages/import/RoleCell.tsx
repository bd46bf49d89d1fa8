import { Group, Select } from '@mantine/core';
import type { ColumnRole, FileKind, ImportMeasure } from '../../../../shared/api';
import { notImportedLabel, roleLabel, ROLES_BY_KIND, type ColumnAssignment } from './column-roles';
import { MeasurePicker } from './MeasurePicker';

const NONE = '__none__';

interface RoleCellProps {
  column: string;
  kind: FileKind;
  assignment: ColumnAssignment;
  measures: ImportMeasure[];
  defined: Record<string, string>;
  disabled: boolean;
  onRole: (role: ColumnRole | null) => void;
  onMeasure: (key: string | null, name?: string) => void;
}

/** What one column feeds: a role, and for a measure column which measure. */
export function RoleCell(p: RoleCellProps) {
  const options = [
    { value: NONE, label: notImportedLabel(p.kind) },
    ...ROLES_BY_KIND[p.kind].map((r) => ({ value: r, label: roleLabel(p.kind, r) })),
  ];
  const role = p.assignment.role;
  return (
    <Group gap={6} wrap="nowrap">
      <Select
        aria-label={`Role of ${p.column}`}
        data={options}
        value={role ?? NONE}
        onChange={(v) => p.onRole(!v || v === NONE ? null : (v as ColumnRole))}
        allowDeselect={false}
        disabled={p.disabled}
        size="xs"
        w={role === 'measure' ? 170 : 220}
        comboboxProps={{ width: 220, position: 'bottom-start' }}
      />
      {role === 'measure' && (
        <MeasurePicker
          value={p.assignment.measure ?? null}
          onChange={p.onMeasure}
          measures={p.measures}
          defined={p.defined}
          source={p.column}
          ariaLabel={`Measure of ${p.column}`}
          disabled={p.disabled}
          required
        />
      )}
    </Group>
  );
}
