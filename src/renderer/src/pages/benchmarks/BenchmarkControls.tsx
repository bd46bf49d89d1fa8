import { Group, MultiSelect, SegmentedControl, Select } from '@mantine/core';
import type { BenchmarkOptions, GroupDimension, SizeBasis } from '../../../../shared/api';

interface BenchmarkControlsProps {
  options: BenchmarkOptions;
  kpi: string;
  groupBy: GroupDimension[];
  sizeBy: SizeBasis;
  partner: string | null;
  partners: { value: string; label: string }[];
  onChange: (patch: {
    kpi?: string;
    group?: GroupDimension[];
    size?: SizeBasis;
    partner?: string | null;
  }) => void;
}

/** What to compare: the KPI, the peer groups (in order: finest last), the partner to highlight. */
export function BenchmarkControls(props: BenchmarkControlsProps) {
  const { options, kpi, groupBy, sizeBy, partner, partners, onChange } = props;
  const kpiData = [
    {
      group: 'In the score',
      items: options.kpis.filter((k) => k.scored).map((k) => ({ value: k.key, label: k.name })),
    },
    {
      group: 'Other KPIs',
      items: options.kpis.filter((k) => !k.scored).map((k) => ({ value: k.key, label: k.name })),
    },
  ];
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="benchmark-controls">
      <Select
        label="KPI"
        size="xs"
        w={220}
        searchable
        allowDeselect={false}
        data={kpiData}
        value={kpi}
        onChange={(v) => v && onChange({ kpi: v })}
      />
      <MultiSelect
        label="Peer groups by"
        size="xs"
        w={320}
        placeholder={groupBy.length ? undefined : 'All partners together'}
        data={options.dimensions.map((d) => ({ value: d.key, label: d.label }))}
        value={groupBy}
        maxValues={4}
        searchable
        clearable
        onChange={(v) => onChange({ group: v as GroupDimension[] })}
      />
      {groupBy.includes('size') && (
        <SegmentedControl
          size="xs"
          aria-label="Size by"
          value={sizeBy}
          onChange={(v) => onChange({ size: v as SizeBasis })}
          data={[
            { value: 'revenue', label: 'Size by revenue' },
            { value: 'employees', label: 'Size by employees' },
          ]}
        />
      )}
      <Select
        label="Highlight partner"
        size="xs"
        w={280}
        searchable
        clearable
        limit={50}
        placeholder="Search by name or id"
        nothingFoundMessage="No partner matches"
        data={partners}
        value={partner}
        onChange={(v) => onChange({ partner: v })}
      />
    </Group>
  );
}
