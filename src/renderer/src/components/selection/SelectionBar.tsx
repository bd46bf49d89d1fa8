import { Group, Select } from '@mantine/core';
import type { Selection } from '../../stores/selection-store';
import { useApiQuery } from '../../hooks/use-api-query';

interface SelectionBarProps {
  selection: Selection;
  onChange: (patch: Partial<Selection>) => void;
}

/** The period, methodology and version every view is computed for (shared across pages). */
export function SelectionBar({ selection, onChange }: SelectionBarProps) {
  const options = useApiQuery('views.options', {});
  const data = options.data;
  const methodologyId = selection.methodologyId ?? data?.defaultMethodologyId ?? null;
  const methodology = data?.methodologies.find((m) => m.id === methodologyId);
  const defaultVersion = methodology?.publishedVersion ?? methodology?.draftVersion ?? null;
  return (
    <Group gap="xs" wrap="nowrap" data-testid="selection-bar">
      <Select
        size="xs"
        w={130}
        aria-label="Period"
        title="Period scored (shared by every view)"
        disabled={!data}
        allowDeselect={false}
        data={(data?.periods ?? []).map((p) => ({ value: p.key, label: p.label })).reverse()}
        value={selection.period ?? data?.defaultPeriod ?? null}
        onChange={(period) => period && onChange({ period })}
      />
      <Select
        size="xs"
        w={200}
        aria-label="Methodology"
        title="Scoring methodology (shared by every view)"
        disabled={!data}
        allowDeselect={false}
        data={(data?.methodologies ?? []).map((m) => ({ value: String(m.id), label: m.name }))}
        value={methodologyId === null ? null : String(methodologyId)}
        onChange={(id) => id && onChange({ methodologyId: Number(id), version: null })}
      />
      <Select
        size="xs"
        w={150}
        aria-label="Methodology version"
        disabled={!methodology}
        allowDeselect={false}
        data={(methodology?.versions ?? [])
          .map((v) => ({
            value: String(v.version),
            label: `Version ${v.version}${v.status === 'draft' ? ' (draft)' : ''}`,
          }))
          .reverse()}
        value={String(selection.version ?? defaultVersion ?? '')}
        onChange={(v) => v && onChange({ version: Number(v) })}
      />
    </Group>
  );
}
