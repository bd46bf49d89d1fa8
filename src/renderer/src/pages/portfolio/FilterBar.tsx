import { Badge, Button, CloseButton, Group, MultiSelect } from '@mantine/core';
import { memo, useDeferredValue, useMemo, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PortfolioTable } from '../../../../shared/api';
import { formatShare } from '../../components/value-format';
import { facetOptions } from './filter-rows';
import { usePortfolioView } from './view-store';
import { FACETS, type Facet } from './view-state';
import { SearchBox } from './SearchBox';

const FACET_LABELS: Record<Facet, string> = {
  type: 'Type',
  tier: 'Tier',
  region: 'Region',
  manager: 'Account manager',
  segment: 'Action segment',
};

interface FilterBarProps {
  data: PortfolioTable;
  searchRef: RefObject<HTMLInputElement | null>;
}

/** Text search (`/` focuses it), one multi-choice filter per facet, and the quadrant selection. */
export const FilterBar = memo(function FilterBar({ data, searchRef }: FilterBarProps) {
  const view = usePortfolioView(
    useShallow((s) => ({
      hasSearch: s.search.trim() !== '',
      filters: s.filters,
      brush: s.brush,
      setFilter: s.setFilter,
      setBrush: s.setBrush,
      clearFilters: s.clearFilters,
    })),
  );
  // Counted right after the table paints (100,000 partners: five columns read and counted), so
  // opening the page never waits for the filters' choices.
  const counted = useDeferredValue<PortfolioTable | null>(data, null);
  const options = useMemo(
    () =>
      Object.fromEntries(FACETS.map((f) => [f, counted ? facetOptions(counted, f) : []])) as Record<
        Facet,
        { value: string; label: string }[]
      >,
    [counted],
  );
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-testid="portfolio-filters">
      <SearchBox inputRef={searchRef} />
      {FACETS.map((facet) => (
        <MultiSelect
          key={facet}
          size="xs"
          w={facet === 'manager' ? 180 : 140}
          aria-label={FACET_LABELS[facet]}
          placeholder={view.filters[facet].length ? undefined : FACET_LABELS[facet]}
          data={options[facet]}
          value={view.filters[facet]}
          onChange={(values) => view.setFilter(facet, values)}
          searchable
          clearable
          maxValues={50}
          comboboxProps={{ withinPortal: true }}
          styles={{ pillsList: { flexWrap: 'nowrap', overflow: 'hidden' } }}
        />
      ))}
      {view.brush && (
        <Badge
          size="lg"
          radius="sm"
          variant="light"
          data-testid="brush-filter"
          rightSection={
            <CloseButton
              size="xs"
              aria-label="Clear the quadrant selection"
              onClick={() => view.setBrush(null)}
            />
          }
        >
          Attainment {formatShare(view.brush.x[0], 0)}–{formatShare(view.brush.x[1], 0)}, engagement{' '}
          {Math.round(view.brush.y[0])}–{Math.round(view.brush.y[1])}
        </Badge>
      )}
      {(view.hasSearch ||
        view.brush !== null ||
        FACETS.some((f) => view.filters[f].length > 0)) && (
        <Button size="xs" variant="subtle" onClick={view.clearFilters}>
          Clear filters
        </Button>
      )}
    </Group>
  );
});
