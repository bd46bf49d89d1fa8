import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled section of the Workspaces page holding one form. */
export function FormCard({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} id={id} mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
