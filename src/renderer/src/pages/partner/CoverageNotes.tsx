import { Alert, Stack } from '@mantine/core';
import type { PartnerPage } from '../../../../shared/api';

/** Data coverage warnings: gaps, imputed values, a short history. Nothing when the data is complete. */
export function CoverageNotes({ page }: { page: PartnerPage }) {
  if (page.coverage.length === 0) return null;
  return (
    <Stack gap={6} data-testid="coverage-warnings">
      {page.coverage.map((w) => (
        <Alert
          key={w.text}
          color={w.level === 'warning' ? 'orange' : 'blue'}
          variant="light"
          p="xs"
          title={w.level === 'warning' ? 'Data coverage' : undefined}
        >
          {w.text}
        </Alert>
      ))}
    </Stack>
  );
}
