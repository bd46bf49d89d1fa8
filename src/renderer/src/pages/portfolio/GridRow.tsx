import { memo } from 'react';
import { Link } from 'react-router';
import type { PortfolioTable } from '../../../../shared/api';
import { renderCell } from './cells';
import type { PortfolioColumn } from './column-catalog';

interface GridRowProps {
  data: PortfolioTable;
  /** Row of the columnar data. */
  row: number;
  /** Position in the sorted view. */
  index: number;
  columns: PortfolioColumn[];
  active: boolean;
  height: number;
  href: (row: number) => string;
  onSelect: (index: number) => void;
  onOpen: (row: number) => void;
}

/** One table row; memoised so that scrolling renders only the rows that come into view. */
export const GridRow = memo(function GridRow({
  data,
  row,
  index,
  columns,
  active,
  height,
  href,
  onSelect,
  onOpen,
}: GridRowProps) {
  return (
    <tr
      id={`portfolio-row-${index}`}
      aria-rowindex={index + 2}
      aria-selected={active}
      data-active={active || undefined}
      style={{ height }}
      title="Open the partner"
      onClick={(e) => {
        // One click opens the partner (the name is a link too); a click with a modifier selects.
        onSelect(index);
        if (!e.shiftKey && !e.ctrlKey && !e.metaKey && !(e.target as Element).closest('a'))
          onOpen(row);
      }}
    >
      {columns.map((c) => (
        <td key={c.id} className={c.kind !== 'text' && c.id !== 'sparkline' ? 'num' : undefined}>
          {c.id === 'name' ? (
            <Link to={href(row)} className="partner-link" tabIndex={-1}>
              <span className="partner-name">{data.name[row]}</span>
              {/* A partner whose id is its name (a CRM account) shows it once. */}
              {data.externalId[row] !== data.name[row] && (
                <>
                  {' '}
                  <span className="dim">{data.externalId[row]}</span>
                </>
              )}
            </Link>
          ) : (
            renderCell(data, c, row)
          )}
        </td>
      ))}
    </tr>
  );
});
