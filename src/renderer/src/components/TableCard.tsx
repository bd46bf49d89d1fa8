import { Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface TableCardProps {
  /** The question the table answers. */
  title: string;
  /** A short note on the right of the title (row count, scope). */
  note?: ReactNode;
  children: ReactNode;
}

/** A titled, bordered block holding one table. */
export function TableCard({ title, note, children }: TableCardProps) {
  const id = `table-card-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="baseline" mb={6} wrap="nowrap">
        <Title order={2} id={id}>
          {title}
        </Title>
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
      </Group>
      {children}
    </Paper>
  );
}
