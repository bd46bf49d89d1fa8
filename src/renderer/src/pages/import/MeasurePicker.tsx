import { Select } from '@mantine/core';
import type { ImportMeasure } from '../../../../shared/api';
import { measureKeyFor } from './column-roles';

export interface MeasurePickerProps {
  /** The measure key, or null while none is picked. */
  value: string | null;
  /** `name` is set when the user creates a new measure. */
  onChange: (key: string | null, name?: string) => void;
  measures: ImportMeasure[];
  /** Measures the mapping defines itself (a preset's, or created earlier): key → name. */
  defined: Record<string, string>;
  /** The column header or measure name a new measure would be named after. */
  source: string;
  ariaLabel: string;
  disabled: boolean;
  /** Show the picker in its error state (a measure is required). */
  required?: boolean;
  clearable?: boolean;
  placeholder?: string;
}

/** A searchable list of the workspace's measures, plus "New measure “<column>”". */
export function MeasurePicker(p: MeasurePickerProps) {
  const standard = p.measures.filter((m) => m.standard);
  const own = p.measures.filter((m) => !m.standard);
  const listed = new Set(p.measures.map((m) => m.key));
  const defined = Object.entries(p.defined).filter(([key]) => !listed.has(key));
  const newKey = measureKeyFor(p.source);
  const extra =
    p.value && !listed.has(p.value) && !(p.value in p.defined) && p.value !== newKey
      ? [{ value: p.value, label: p.value }]
      : [];
  const known = new Set([...listed, ...defined.map(([key]) => key), ...extra.map((e) => e.value)]);
  const data = [
    { group: 'Standard measures', items: standard.map((m) => ({ value: m.key, label: m.name })) },
    { group: 'This workspace', items: own.map((m) => ({ value: m.key, label: m.name })) },
    {
      group: 'Added by this mapping',
      items: [...defined.map(([key, name]) => ({ value: key, label: name })), ...extra],
    },
    {
      group: 'New',
      items: known.has(newKey) ? [] : [{ value: newKey, label: `New measure “${p.source}”` }],
    },
  ].filter((g) => g.items.length > 0);
  return (
    <Select
      aria-label={p.ariaLabel}
      data={data}
      value={p.value}
      onChange={(v) => p.onChange(v, v && v === newKey && !known.has(v) ? p.source : undefined)}
      placeholder={p.placeholder ?? 'Pick a measure'}
      searchable
      nothingFoundMessage="No such measure"
      allowDeselect={false}
      clearable={p.clearable ?? false}
      disabled={p.disabled}
      error={p.required && !p.value}
      size="xs"
      maxDropdownHeight={280}
      comboboxProps={{ width: 260, position: 'bottom-start' }}
    />
  );
}
