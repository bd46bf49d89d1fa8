import { Select } from '@mantine/core';
import type { ScenarioScope } from '../../../../shared/api';
import { useWhatIf } from './whatif-context';
import { useCurrentScope, useWhatIfStore } from './whatif-store';

export const scopeLabel = (scope: ScenarioScope | null) =>
  scope === null
    ? 'All partners'
    : `${scope.dimension === 'region' ? 'Region' : 'Type'}: ${scope.value}`;

const toValue = (scope: ScenarioScope | null) =>
  scope === null ? 'all' : `${scope.dimension}:${scope.value}`;

function fromValue(value: string): ScenarioScope | null {
  const at = value.indexOf(':');
  if (value === 'all' || at < 0) return null;
  return {
    dimension: value.slice(0, at) as ScenarioScope['dimension'],
    value: value.slice(at + 1),
  };
}

/**
 * Whom the weights apply to: everyone, or one region's or partner type's weight profile only.
 * Scoping brings tiers and normalisation back to the baseline's (a scoped scenario only weighs).
 */
export function ScopeSelect() {
  const { context } = useWhatIf();
  const scope = useCurrentScope();
  const baseline = useWhatIfStore((s) => s.baseline);
  const edit = useWhatIfStore((s) => s.edit);
  const data = [
    { group: 'Everyone', items: [{ value: 'all', label: 'All partners' }] },
    {
      group: 'One region',
      items: context.regions.map((r) => ({ value: `region:${r}`, label: `Region: ${r}` })),
    },
    {
      group: 'One partner type',
      items: context.types.map((t) => ({ value: `type:${t}`, label: `Type: ${t}` })),
    },
  ].filter((g) => g.items.length > 0);
  return (
    <Select
      size="xs"
      w={220}
      label="Apply the weights to"
      aria-label="Apply the weights to"
      allowDeselect={false}
      searchable
      data={data}
      value={toValue(scope)}
      onChange={(value) => {
        if (!value || !baseline) return;
        const scope = fromValue(value);
        edit((s) => {
          if (scope === null) return { ...s, scope };
          const normaliser = new Map(baseline.definition.kpis.map((k) => [k.kpi, k.normaliser]));
          return {
            scope,
            definition: {
              ...s.definition,
              tiers: baseline.definition.tiers,
              kpis: s.definition.kpis.map((k) => ({
                ...k,
                normaliser: normaliser.get(k.kpi) ?? k.normaliser,
              })),
            },
          };
        });
      }}
      data-testid="whatif-scope"
    />
  );
}
