import { TextInput } from '@mantine/core';
import { useState } from 'react';

/**
 * A headerless file's column name, editable: the name the mapping, the report and (for a column
 * kept as an attribute) the partner's attribute use instead of `column3`.
 */
export function ColumnNameCell({
  column,
  disabled,
  onName,
}: {
  column: string;
  disabled: boolean;
  onName: (name: string) => string | null;
}) {
  const [value, setValue] = useState(column);
  const [error, setError] = useState<string | null>(null);
  // The mapping table keys its rows by column name: a renamed column mounts a fresh cell.
  const commit = () => {
    const problem = onName(value);
    setError(problem);
    if (problem === null && value.trim() === '') setValue(column);
  };
  return (
    <TextInput
      size="xs"
      w={170}
      value={value}
      disabled={disabled}
      error={error}
      aria-label={`Name of ${column}`}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') {
          setValue(column);
          setError(null);
        }
      }}
    />
  );
}
