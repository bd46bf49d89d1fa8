import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useApiQuery } from '../../hooks/use-api-query';

/** Finds a partner by name or ID (the QBR overview's search) and returns its external ID. */
export function PartnerSelect({
  value,
  onChange,
  label = 'Partner',
}: {
  value: string | null;
  onChange: (externalId: string | null) => void;
  label?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const found = useApiQuery('qbr.overview', { search: debounced, limit: 30 });
  const data = (found.data?.partners ?? []).map((p) => ({
    value: p.externalId,
    label: `${p.name} (${p.externalId})`,
  }));
  if (value && !data.some((d) => d.value === value)) data.unshift({ value, label: value });
  return (
    <Select
      size="xs"
      label={label}
      placeholder="Search by name or ID"
      searchable
      data={data}
      value={value}
      onChange={onChange}
      onSearchChange={setSearch}
      searchValue={search}
      nothingFoundMessage="No partner matches"
    />
  );
}
