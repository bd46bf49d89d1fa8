import { Button, Group, Stack, Text } from '@mantine/core';
import { useViewportSize } from '@mantine/hooks';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { PortfolioTable } from '../../../../shared/api';
import { GateBlocksAlert } from '../../components/GateBlocksAlert';
import { type Selection } from '../../stores/selection-store';
import { columnCatalog, defaultColumnIds } from './column-catalog';
import { ColumnChooser } from './ColumnChooser';
import { ExportMenu } from './ExportMenu';
import { FilterBar } from './FilterBar';
import { filterRows, lazySearchIndex } from './filter-rows';
import { partnerHref } from './partner-href';
import { PortfolioCharts } from './PortfolioCharts';
import { PortfolioGrid } from './PortfolioGrid';
import { PortfolioSummary } from './PortfolioSummary';
import { SavedViewsMenu } from './SavedViewsMenu';
import { usePortfolioTable } from './use-portfolio-table';
import { useSlashFocus } from './use-slash-focus';
import type { Facet } from './view-state';
import { usePortfolioView } from './view-store';
import './portfolio.css';

interface PortfolioContentProps {
  data: PortfolioTable;
  selection: Selection;
}

/** The loaded Portfolio: summary, charts, filters, the table and its tools. */
export const PortfolioContent = memo(function PortfolioContent({
  data,
  selection,
}: PortfolioContentProps) {
  const navigate = useNavigate();
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashFocus(searchRef);
  const [showCharts, setShowCharts] = useState(true);
  const { height } = useViewportSize();
  const search = usePortfolioView((s) => s.search);
  const filters = usePortfolioView((s) => s.filters);
  const brush = usePortfolioView((s) => s.brush);
  const chosen = usePortfolioView((s) => s.columns);
  const setColumns = usePortfolioView((s) => s.setColumns);
  const setFilter = usePortfolioView((s) => s.setFilter);
  const activeFacets = Object.entries(filters).filter(([, values]) => values.length > 0);

  const haystack = useMemo(() => lazySearchIndex(data), [data]);
  const unbrushed = useMemo(
    () => filterRows(data, haystack, { search, filters, brush: null }),
    [data, haystack, search, filters],
  );
  const rows = useMemo(
    () => (brush ? filterRows(data, haystack, { search, filters, brush }) : unbrushed),
    [data, haystack, search, filters, brush, unbrushed],
  );
  const catalog = useMemo(() => columnCatalog(data), [data]);
  const visibleIds = useMemo(() => {
    const known = new Set(catalog.map((c) => c.id));
    const ids = (chosen ?? defaultColumnIds(data)).filter((id) => known.has(id));
    return ids.includes('name') ? ids : ['name', ...ids];
  }, [catalog, chosen, data]);
  const visible = useMemo(
    () => visibleIds.map((id) => catalog.find((c) => c.id === id)!),
    [visibleIds, catalog],
  );
  const href = useCallback(
    (i: number) => partnerHref(data.externalId[i]!, selection),
    [data, selection],
  );
  const { table, sorted } = usePortfolioTable(data, catalog, visible, rows);
  const open = (i: number) => void navigate(href(i));
  const sortedRef = useRef(sorted);
  useEffect(() => {
    sortedRef.current = sorted;
  });
  const getRows = useCallback(() => sortedRef.current, []);

  useEffect(() => {
    performance.mark('portfolio:interactive');
  }, [data]);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" wrap="nowrap" gap="xs">
        <PortfolioSummary data={data} rows={rows} />
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="subtle"
            onClick={() => setShowCharts((s) => !s)}
            aria-pressed={!showCharts}
          >
            {showCharts ? 'Hide charts' : 'Show charts'}
          </Button>
          <ColumnChooser catalog={catalog} visible={visibleIds} onChange={setColumns} />
          <SavedViewsMenu />
          <ExportMenu data={data} columns={visible} rows={getRows} />
        </Group>
      </Group>
      <GateBlocksAlert
        blocks={data.summary.gateBlocks.filter((b) => b.unreachable)}
        currency={data.currency}
        compact
      />
      {showCharts && <PortfolioCharts data={data} rows={rows} unbrushed={unbrushed} />}
      <Group justify="space-between" align="flex-end" wrap="nowrap" gap="xs">
        <FilterBar data={data} searchRef={searchRef} />
        <Text size="xs" c="dimmed" data-testid="portfolio-count" style={{ whiteSpace: 'nowrap' }}>
          {rows.length.toLocaleString()} of {data.partnerId.length.toLocaleString()} partners
        </Text>
      </Group>
      {rows.length === 0 && search.trim() !== '' && activeFacets.length > 0 && (
        <Group gap="xs" data-testid="search-filter-hint">
          <Text size="sm" c="orange.8">
            No partner matches “{search.trim()}” with the filters that are on (
            {activeFacets.map(([facet, values]) => `${facet}: ${values.join(', ')}`).join('; ')}).
          </Text>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => {
              for (const [facet] of activeFacets) setFilter(facet as Facet, []);
            }}
          >
            Search all partners
          </Button>
        </Group>
      )}
      <PortfolioGrid
        data={data}
        table={table}
        rows={sorted}
        columns={visible}
        href={href}
        height={Math.max(360, height - (showCharts ? 260 : 200))}
        label={`Partners, ${data.period.label}`}
        onOpen={open}
      />
      <Text size="xs" c="dimmed">
        ↑ ↓ move through the table, Enter opens the partner, / searches. Shift-click a column title
        to sort by a second column.
      </Text>
    </Stack>
  );
});
