/**
 * The Portfolio's table: TanStack Table's model, TanStack Virtual's windowing (only the visible
 * rows exist in the DOM, so 10 000 partners scroll smoothly), a sticky header and keyboard
 * navigation — arrows, Page Up/Down, Home/End move the active row, Enter opens the partner.
 */
import { Text, UnstyledButton } from '@mantine/core';
import { flexRender, type Header, type Table } from '@tanstack/react-table';
import type { PortfolioTable } from '../../../../shared/api';
import type { PortfolioColumn } from './column-catalog';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { SortIndicator } from '../../components/data-table/SortIndicator';
import { GridRow } from './GridRow';

const ROW_HEIGHT = 34;

interface PortfolioGridProps {
  data: PortfolioTable;
  table: Table<number>;
  /** Rows of the columnar data, filtered and sorted. */
  rows: number[];
  columns: PortfolioColumn[];
  href: (row: number) => string;
  height: number;
  label: string;
  onOpen: (row: number) => void;
}

function ariaSort(header: Header<number, unknown>) {
  const dir = header.column.getIsSorted();
  return dir ? (dir === 'asc' ? 'ascending' : 'descending') : undefined;
}

export function PortfolioGrid({
  data,
  table,
  rows,
  columns,
  href,
  height,
  label,
  onOpen,
}: PortfolioGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [activeRaw, setActive] = useState(0);
  const active = Math.min(activeRaw, Math.max(0, rows.length - 1));
  // TanStack Virtual returns fresh functions each render; the React Compiler is told to skip it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  useEffect(() => {
    performance.mark('portfolio:rows-rendered');
  }, [rows]);
  // A stable callback for the memoised rows, always calling the latest `onOpen`.
  const openRef = useRef(onOpen);
  useEffect(() => {
    openRef.current = onOpen;
  });
  const open = useCallback((row: number) => openRef.current(row), []);

  const move = (to: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 2);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + page),
      PageUp: () => move(active - page),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => rows[active] !== undefined && open(rows[active]),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const width = columns.reduce((sum, c) => sum + c.width, 0);

  return (
    <div ref={scroller} className="portfolio-scroller" style={{ height, overflow: 'auto' }}>
      <table
        role="grid"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        aria-activedescendant={rows.length > 0 ? `portfolio-row-${active}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="portfolio-grid"
        style={{ width, minWidth: '100%' }}
        data-testid="portfolio-grid"
      >
        <colgroup>
          {columns.map((c) => (
            <col key={c.id} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const numeric = header.column.columnDef.meta?.numeric === true;
                return (
                  <th
                    key={header.id}
                    className={numeric ? 'num' : undefined}
                    aria-sort={ariaSort(header as Header<number, unknown>)}
                  >
                    <UnstyledButton
                      onClick={header.column.getToggleSortingHandler()}
                      fz="xs"
                      fw={600}
                      title={`Sort by ${String(header.column.columnDef.header)}`}
                      className="sort-button"
                    >
                      {numeric && <SortIndicator direction={header.column.getIsSorted()} />}
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      {!numeric && <SortIndicator direction={header.column.getIsSorted()} />}
                    </UnstyledButton>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden style={{ height: top }} />}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <GridRow
                key={row}
                data={data}
                row={row}
                columns={columns}
                href={href}
                index={item.index}
                active={item.index === active}
                height={ROW_HEIGHT}
                onSelect={setActive}
                onOpen={open}
              />
            );
          })}
          {bottom > 0 && <tr aria-hidden style={{ height: bottom }} />}
        </tbody>
      </table>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed" p="md" data-testid="portfolio-empty">
          No partner matches these filters. Clear a filter or the quadrant selection to see more.
        </Text>
      )}
    </div>
  );
}
