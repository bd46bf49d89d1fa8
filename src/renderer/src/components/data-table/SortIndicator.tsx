import type { SortDirection } from '@tanstack/react-table';

/** An arrow beside a sorted column's title; the header cell carries aria-sort for readers. */
export function SortIndicator({ direction }: { direction: SortDirection | false }) {
  if (!direction) return null;
  return (
    <span aria-hidden style={{ fontSize: '0.75em', margin: '0 0.25em' }}>
      {direction === 'asc' ? '▲' : '▼'}
    </span>
  );
}
