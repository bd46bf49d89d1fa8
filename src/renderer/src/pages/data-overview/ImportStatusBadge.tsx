import { Badge } from '@mantine/core';

/** Colour carries meaning only: green committed, red failed, grey anything else. */
const COLORS: Record<string, string> = {
  committed: 'green',
  failed: 'red',
  rolled_back: 'orange',
};

export function ImportStatusBadge({ status }: { status: string }) {
  return (
    <Badge size="sm" variant="light" color={COLORS[status] ?? 'gray'} radius="sm" miw="max-content">
      {status.replace(/_/g, ' ')}
    </Badge>
  );
}
